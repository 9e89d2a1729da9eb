import { useSyncExternalStore } from 'react';
import { getCredential, subscribeCredential } from '../../api/credential';

export function useCredential(): string | null {
  return useSyncExternalStore(subscribeCredential, getCredential, () => null);
}
