import type { QueryClient } from '@tanstack/react-query';
import { setCredential } from '../../api/credential';
import { resetSwitching } from '../active-org/request-switch';

/** Forgets the credential and everything fetched with it. */
export function signOut(queryClient: QueryClient): void {
  setCredential(null);
  void queryClient.cancelQueries();
  queryClient.clear();
  resetSwitching();
}
