import type { QueryClient } from '@tanstack/react-query';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';
import { applyActiveOrg } from './apply-active-org';

const CHANNEL = 'org-console.active-org';

/** Tells the other tabs of this browser profile (one session) that the active org changed. */
export function broadcastActiveOrg(activeOrg: ActiveOrg): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'active-org', activeOrg });
  channel.close();
}

/** Follows switches made in other tabs at once. Returns the unsubscribe function. */
export function followOtherTabs(queryClient: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as { type?: unknown; activeOrg?: unknown } | null;
    if (message?.type !== 'active-org') return;
    // Another tab is ours, but its message is still data: validate it like a response.
    const parsed = ActiveOrgSchema.safeParse(message.activeOrg);
    if (parsed.success) applyActiveOrg(queryClient, parsed.data, 'elsewhere');
  };
  return () => channel.close();
}
