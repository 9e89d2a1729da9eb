import type { QueryClient } from '@tanstack/react-query';
import type { OrgSummary } from '../../../api/contract/active-org';
import { requestSwitch } from '../request-switch';
import { confirmDiscardingUnsavedChanges } from '../unsaved-changes';
import { rememberRecentOrg } from './recent-orgs';

/**
 * Switching chosen by the user (switcher or command palette): asks first when unsaved changes
 * would be lost, remembers the org as recent, and sends the one switch request.
 */
export async function chooseOrg(
  queryClient: QueryClient,
  organizations: readonly OrgSummary[],
  slug: string,
): Promise<void> {
  if (!(await confirmDiscardingUnsavedChanges('Switch organization'))) return;
  rememberRecentOrg(organizations, slug);
  await requestSwitch(queryClient, slug);
}
