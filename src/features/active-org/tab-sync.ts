import type { QueryClient } from '@tanstack/react-query';
import type { ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey } from './org-keys';

const CHANNEL = 'org-console.active-org';
type Message = { type: 'active-org-changed'; slug: string | null };

// One channel per tab, for sending and listening: a channel does not hear its own messages.
let channel: BroadcastChannel | null = null;

/** Tells the other tabs of this browser profile (one session) that the active org changed. */
export function broadcastActiveOrg(activeOrg: ActiveOrg): void {
  const message: Message = { type: 'active-org-changed', slug: activeOrg.org?.slug ?? null };
  channel?.postMessage(message);
}

/**
 * Follows switches made in other tabs at once. A message is only a hint: the tab re-reads the
 * active org, so two tabs switching at the same moment both end where the server did.
 */
export function followOtherTabs(queryClient: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const own = new BroadcastChannel(CHANNEL);
  channel = own;
  own.onmessage = (event: MessageEvent<Partial<Message> | null>) => {
    if (event.data?.type !== 'active-org-changed') return;
    const current = queryClient.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug ?? null;
    if (event.data.slug !== current) void queryClient.invalidateQueries({ queryKey: activeOrgKey });
  };
  return () => {
    own.close();
    if (channel === own) channel = null;
  };
}
