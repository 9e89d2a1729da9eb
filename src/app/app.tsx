import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { Persona } from '../features/session/persona';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App({ personas }: { personas: readonly Persona[] }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(personas));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
