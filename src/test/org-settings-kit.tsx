import { screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import type { OrgUpdate } from '../api/contract/org-details';
import { OrgSettingsPage } from '../features/org-settings/org-settings-page';
import { RequireSession } from '../features/session/require-session';
import { mockServer } from '../mocks/node';
import { callApi, signInAs, TOKENS } from './api';
import { renderRoutes } from './render-route';

const routes = [
  { path: '/sign-in', element: <h1>Sign in</h1> },
  {
    element: (
      <RequireSession>
        <Outlet />
      </RequireSession>
    ),
    children: [
      { path: '/o/:orgSlug', element: <h1>Org home</h1> },
      { path: '/o/:orgSlug/settings', element: <OrgSettingsPage /> },
    ],
  },
];

/** Signs Olivia in with `orgSlug` active and opens its settings page through the mock backend. */
export async function openSettings(orgSlug = 'acme') {
  if (orgSlug !== 'acme') {
    await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug });
  }
  signInAs(TOKENS.olivia);
  const view = renderRoutes(routes, { path: `/o/${orgSlug}/settings` });
  await screen.findByRole('form', { name: 'Organization settings' });
  return view;
}

/** The bodies of every PUT /organization/:id the mock backend received, in order. */
export function recordUpdates(): OrgUpdate[] {
  const bodies: OrgUpdate[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'PUT' && /\/organization\//.test(request.url)) {
      void request
        .clone()
        .json()
        .then((body: OrgUpdate) => bodies.push(body));
    }
  };
  mockServer.events.on('request:start', listener);
  return bodies;
}

export const saveButton = () => screen.getByRole('button', { name: 'Save changes' });
