import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { ConfirmHost } from '../components/ui/confirm';
import { OfflineBanner } from '../components/ui/offline-banner';
import { followOtherTabs } from '../features/active-org/tab-sync';
import { followSessionChanges } from '../features/session/follow-session-changes';
import { PersonasContext, type Persona } from '../features/session/persona';
import { createAppRouter } from './router';

type AppProps = { personas: readonly Persona[]; queryClient: QueryClient };

export function App({ personas, queryClient }: AppProps) {
  const [router] = useState(() => createAppRouter(personas));
  useEffect(() => followOtherTabs(queryClient), [queryClient]);
  useEffect(() => followSessionChanges(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <PersonasContext value={personas}>
        <RouterProvider router={router} />
      </PersonasContext>
      <OfflineBanner />
      <Announcer />
      <ConfirmHost />
    </QueryClientProvider>
  );
}
