import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Outlet } from 'react-router';
import { lazy, Suspense } from 'react';
import type { Persona } from '../features/session/persona';
import { RequireSession } from '../features/session/require-session';
import { SignOutRoute } from '../features/session/sign-out-route';
import { CONSOLE_PAGES } from './console-pages';
import { preloadOrgLayout } from './preload';
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

// The shell's skeleton comes with the shell's chunk (preloaded at boot): nothing until it is there.
const FirstLoadFallback = lazy(() =>
  preloadOrgLayout().then(({ FirstLoadFallback }) => ({ default: FirstLoadFallback })),
);
const HydrateFallback = () => (
  <Suspense fallback={null}>
    <FirstLoadFallback />
  </Suspense>
);

export function createAppRouter(personas: readonly Persona[], queryClient: QueryClient) {
  return createBrowserRouter([
    {
      // Lazy routes and the /o/:orgSlug loader resolve before the first render.
      HydrateFallback,
      errorElement: (
        <main className="app-main">
          <RouteError />
        </main>
      ),
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
              lazy: () => preloadOrgLayout().then(({ OrgLayout }) => ({ Component: OrgLayout })),
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
