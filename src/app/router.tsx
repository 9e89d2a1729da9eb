import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Outlet } from 'react-router';
import { Loading } from '../components/ui/loading';
import type { Persona } from '../features/session/sign-in-page';
import { RequireSession } from '../features/session/require-session';
import { SignOutRoute } from '../features/session/sign-out-route';
import { CONSOLE_PAGES } from './console-pages';
import { OrgLayout } from './routes/org-layout';
import { orgRouteLoader, orgRouteShouldRevalidate } from './routes/org-route-loader';
import { RequirePageAccess } from './routes/require-page-access';
import { RootRedirect } from './routes/root-redirect';
import { RouteError } from './routes/route-error';

// Pages a session rarely or only later needs load on demand, to keep the first load small.
const notFound = (inShell: boolean) => () =>
  import('./routes/not-found-page').then(({ NotFoundPage }) => ({
    Component: inShell
      ? NotFoundPage
      : () => (
          <main className="app-main">
            <NotFoundPage />
          </main>
        ),
  }));

export function createAppRouter(personas: readonly Persona[], queryClient: QueryClient) {
  return createBrowserRouter([
    {
      // Lazy routes resolve before the first render; nothing to show meanwhile, and saying so
      // keeps React Router from warning on every load.
      HydrateFallback: () => null,
      errorElement: (
        <main className="app-main">
          <RouteError />
        </main>
      ),
      // The first page's code (and, for a link into another org, the switch) is on its way.
      hydrateFallbackElement: <Loading label="Loading…" />,
      children: [
        {
          path: '/sign-in',
          lazy: () =>
            import('../features/session/sign-in-page').then(({ SignInPage }) => ({
              Component: () => <SignInPage personas={personas} />,
            })),
        },
        { path: '/sign-out', element: <SignOutRoute /> },
        {
          element: (
            <RequireSession>
              <Outlet />
            </RequireSession>
          ),
          children: [
            { index: true, element: <RootRedirect /> },
            {
              path: 'no-organization',
              lazy: () =>
                import('./routes/no-organization-page').then(({ NoOrganizationPage }) => ({
                  Component: NoOrganizationPage,
                })),
            },
            {
              path: 'o/:orgSlug',
              loader: orgRouteLoader(queryClient),
              shouldRevalidate: orgRouteShouldRevalidate(queryClient),
              element: <OrgLayout />,
              children: [
                {
                  // A page that fails to render leaves the shell standing.
                  errorElement: <RouteError />,
                  children: [
                    {
                      index: true,
                      lazy: () =>
                        import('./routes/home-page').then(({ HomePage }) => ({
                          Component: HomePage,
                        })),
                    },
                    ...CONSOLE_PAGES.map((page) => ({
                      path: page.path,
                      element: <RequirePageAccess page={page} />,
                      children: [{ index: true, lazy: page.load }],
                    })),
                    { path: '*', lazy: notFound(true) },
                  ],
                },
              ],
            },
            { path: '*', lazy: notFound(false) },
          ],
        },
      ],
    },
  ]);
}
