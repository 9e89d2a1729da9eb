import { useSyncExternalStore } from 'react';
import type { ApiError } from '../../api/api-error';

export type FollowReason = 'switched' | 'elsewhere' | 'removed';

/**
 * The tab's view of an org change under way:
 * - `pendingSlug`: a switch request is in flight (the switcher shows it, no double submit);
 * - `follow`: the active org changed (here, in another tab, or on the server) and the URL must
 *   follow it to the new org's landing page;
 * - `failure`: the last switch failed, and why.
 */
export type OrgTransition = {
  pendingSlug: string | null;
  follow: { slug: string | null; reason: FollowReason; from: string | null } | null;
  failure: { slug: string; error: ApiError } | null;
};

let state: OrgTransition = { pendingSlug: null, follow: null, failure: null };
const listeners = new Set<() => void>();

// Counts switches started and applied: a re-read that began before one of them is out of date.
let epoch = 0;
export const switchEpoch = () => epoch;
export const nextSwitchEpoch = () => {
  epoch += 1;
};

export function getOrgTransition(): OrgTransition {
  return state;
}

export function updateOrgTransition(change: Partial<OrgTransition>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOrgTransition(): OrgTransition {
  return useSyncExternalStore(subscribe, getOrgTransition, getOrgTransition);
}
