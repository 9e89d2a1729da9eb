import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { ConfirmHost } from '../components/ui/confirm';

/** The app's QueryClient (its 401 policy included), without read retries to wait through. */
export function createTestQueryClient(): QueryClient {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return client;
}

/** Renders `routes` in a memory data router (so blockers and lazy routes work) at `path`. */
export function renderRoutes(
  routes: RouteObject[],
  { path, queryClient = createTestQueryClient() }: { path: string; queryClient?: QueryClient },
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <ConfirmHost />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
