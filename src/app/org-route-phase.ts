import type { ActiveOrg } from '../api/contract/active-org';
import type { OrgTransition } from '../features/active-org/org-transition';

export type OrgRoutePhase =
  | 'ready' // the URL's org is the active org: render it
  | 'follow' // the active org changed: move the URL to its landing page
  | 'switching' // a switch to the URL's org is under way
  | 'switch-failed' // switching to the URL's org failed
  | 'deep-link' // the URL names another org of the user's: switch to it
  | 'no-access' // the URL names an org the user is not in
  | 'no-org'; // the user has no organization

/** What `/o/:orgSlug` shows, from the URL's slug, the active org and any change under way. */
export function orgRoutePhase(
  urlSlug: string,
  activeOrg: ActiveOrg,
  transition: OrgTransition,
): OrgRoutePhase {
  const activeSlug = activeOrg.org?.slug ?? null;
  if (transition.follow && transition.follow.slug === activeSlug) {
    return activeSlug === urlSlug ? 'ready' : activeSlug ? 'follow' : 'no-org';
  }
  if (!activeSlug) return 'no-org';
  if (activeSlug === urlSlug) return 'ready';
  if (transition.pendingSlug === urlSlug) return 'switching';
  if (transition.failure?.slug === urlSlug) return 'switch-failed';
  if (activeOrg.organizations.some((org) => org.slug === urlSlug)) return 'deep-link';
  return 'no-access';
}
