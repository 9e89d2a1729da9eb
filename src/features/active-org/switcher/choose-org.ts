import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { switchTarget, useSwitchOrg } from '../switch-org';
import { confirmDiscardingUnsavedChanges } from '../unsaved-changes';
import { rememberRecentOrg } from './recent-orgs';

/**
 * Switching chosen by the user (switcher or command palette): asks first when unsaved changes
 * would be lost, remembers the org as recent, and starts the one switch.
 */
export function useChooseOrg() {
  const queryClient = useQueryClient();
  const { mutate } = useSwitchOrg();
  return useCallback(
    async (slug: string) => {
      if (!(await confirmDiscardingUnsavedChanges('Switch organization'))) return;
      rememberRecentOrg(slug);
      mutate(switchTarget(queryClient, slug));
    },
    [queryClient, mutate],
  );
}
