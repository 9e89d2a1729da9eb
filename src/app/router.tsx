import { createBrowserRouter, Outlet } from 'react-router';
import type { Persona } from '../features/session/persona';
import { RequireSession } from '../features/session/require-session';
import { SignOutRoute } from '../features/session/sign-out-route';
import { CONSOLE_PAGES } from './console-pages';
import { HomePage } from './routes/home-page';
import { RequirePagePermissions } from './routes/require-page-permissions';
import { NoOrganizationPage } from './routes/no-organization-page';
import { NotFoundPage } from './routes/not-found-page';
import { OrgLayout } from './routes/org-layout';
import { RootRedirect } from './routes/root-redirect';

export function createAppRouter(personas: readonly Persona[]) {
  return createBrowserRouter([
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
        { path: 'no-organization', element: <NoOrganizationPage /> },
        {
          path: 'o/:orgSlug',
          element: <OrgLayout />,
          children: [
            { index: true, element: <HomePage /> },
            ...CONSOLE_PAGES.map((page) => ({
              path: page.path,
              element: <RequirePagePermissions permissions={page.permissions} title={page.title} />,
              children: [{ index: true, lazy: page.load }],
            })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        {
          path: '*',
          element: (
            <main className="app-main">
              <NotFoundPage />
            </main>
          ),
        },
      ],
    },
  ]);
}
