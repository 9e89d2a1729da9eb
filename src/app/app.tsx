import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { followOtherTabs } from '../features/active-org/tab-sync';
import type { Persona } from '../features/session/persona';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App({ personas }: { personas: readonly Persona[] }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(personas));
  useEffect(() => followOtherTabs(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Announcer />
    </QueryClientProvider>
  );
}
