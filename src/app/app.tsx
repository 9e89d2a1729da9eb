import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { OfflineBanner } from '../components/ui/offline-banner';
import { followOtherTabs } from '../features/active-org/tab-sync';
import { followSessionChanges } from '../features/session/follow-session-changes';
import { PersonasContext, type Persona } from '../features/session/persona';
import { followActiveOrg } from './follow-active-org';
import { createAppRouter } from './router';

const commitNow = (update: () => unknown): undefined => {
  flushSync(update);
};

type AppProps = { personas: readonly Persona[]; queryClient: QueryClient };

export function App({ personas, queryClient }: AppProps) {
  const [router] = useState(() => createAppRouter(personas, queryClient));
  useEffect(() => followActiveOrg(queryClient, router), [queryClient, router]);
  useEffect(() => followOtherTabs(queryClient), [queryClient]);
  useEffect(() => followSessionChanges(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <PersonasContext value={personas}>
        {/* What react-router/dom's RouterProvider passes: a navigation may then commit at once. */}
        <RouterProvider router={router} flushSync={commitNow} />
      </PersonasContext>
      <OfflineBanner />
      <Announcer />
    </QueryClientProvider>
  );
}
