import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { getCredential } from '../../api/credential';
import type { ActiveOrg } from '../../api/contract/active-org';
import { activeOrgQueryOptions } from '../../features/active-org/active-org-query';
import { activeOrgKey } from '../../features/active-org/org-keys';

/** What the loader leaves for `OrgLayout`: why the URL's org could not be made active. */
export type OrgRouteData = { switchError: Error } | null;

/**
 * `/o/:orgSlug`, before the shell renders: a link into another of the user's orgs switches to
 * it (the layout then renders that org at once); a failed switch is handed to the layout. An
 * org the user is not in switches nothing ("no access"). Without a credential RequireSession
 * sends the visitor to sign in; a failed read is shown by the layout, whose retry comes back here.
 */
export function orgRouteLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<OrgRouteData> => {
    if (!getCredential()) return null;
    // The cached context when there is one (a re-read is the query's own business), else a read.
    const activeOrg = await queryClient
      .query({ ...activeOrgQueryOptions(), staleTime: 'static' })
      .catch(() => undefined);
    const slug = params.orgSlug;
    if (!activeOrg?.org || slug === activeOrg.org.slug) return null;
    if (!activeOrg.organizations.some((org) => org.slug === slug)) return null;
    try {
      // Only a link into another org switches here: the switch's code (the shell's, preloaded
      // at boot) is not part of the first load.
      const { switchOrg } = await import('../../features/active-org/switch-org');
      await switchOrg(queryClient, slug ?? '');
      return null;
    } catch (error) {
      return { switchError: error instanceof Error ? error : new Error(String(error)) };
    }
  };
}

/** The loader only has work when the URL names an org that is not the active one. */
export function orgRouteShouldRevalidate(queryClient: QueryClient) {
  return ({ nextParams, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean => {
    const active = queryClient.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug;
    return defaultShouldRevalidate && active !== nextParams.orgSlug;
  };
}
