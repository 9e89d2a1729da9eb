import type { ActiveOrg } from '../api/contract/active-org';

export type OrgRoutePhase =
  | 'ready' // the URL's org is the active org: render it
  | 'no-org' // the user has no organization
  | 'no-access' // the URL names an org the user is not in
  | 'switch-failed' // the loader could not switch to the URL's org
  | 'following'; // the active org changed and the URL is on its way to it

/** What `/o/:orgSlug` shows, from the URL's slug, the active org and the loader's switch. */
export function orgRoutePhase(
  urlSlug: string,
  activeOrg: ActiveOrg,
  switchFailed: boolean,
): OrgRoutePhase {
  const activeSlug = activeOrg.org?.slug;
  if (!activeSlug) return 'no-org';
  if (activeSlug === urlSlug) return 'ready';
  if (!activeOrg.organizations.some((org) => org.slug === urlSlug)) return 'no-access';
  return switchFailed ? 'switch-failed' : 'following';
}
