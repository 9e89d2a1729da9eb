import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ICON_NAMES, loadIcon } from '../features/navigation/icon-loader';
import { mockServer } from '../mocks/node';
import { signInAs, TOKENS } from '../test/api';
import { createTestQueryClient } from '../test/render-route';
import { App } from './app';
import type * as SidebarModule from './shell/sidebar';

// The shell renders the sidebar once per render of itself: counting the one counts the other.
const shellRenders = vi.hoisted(() => ({ orgs: [] as (string | undefined)[] }));
vi.mock('./shell/sidebar', async (importOriginal) => {
  const actual = await importOriginal<typeof SidebarModule>();
  return {
    ...actual,
    Sidebar: (props: Parameters<typeof actual.Sidebar>[0]) => {
      shellRenders.orgs.push(props.activeOrg?.org?.slug);
      return actual.Sidebar(props);
    },
  };
});

// The pages are lazy chunks: load them once up front so no test's timing includes compiling them.
// The menu icons too: an icon still loading when a link is clicked suspends a render inside
// Testing Library's act(), which React never retries (run first, the no-access test hung).
beforeAll(async () => {
  await Promise.all([
    import('./routes/placeholder-page'),
    import('./routes/home-page'),
    import('../features/org-settings/org-settings-page'),
    import('../features/active-org/switcher/org-switcher-popover'),
    import('../features/navigation/sidebar-menu'),
    ...ICON_NAMES.map(loadIcon),
  ]);
});

function recordActiveOrgCalls() {
  const calls: string[] = [];
  mockServer.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/v2/user/active-org') calls.push(request.method);
  });
  return calls;
}

function openApp(path: string) {
  signInAs(TOKENS.olivia);
  shellRenders.orgs.length = 0;
  window.history.replaceState(null, '', path);
  const calls = recordActiveOrgCalls();
  const queryClient = createTestQueryClient();
  const view = render(<App personas={[]} queryClient={queryClient} />);
  return { calls, queryClient, view, user: userEvent.setup() };
}

const switcher = () => screen.getByRole('button', { name: /^Switch organization/ });

describe('the console app', { timeout: 30_000 }, () => {
  it('switches with one request and renders the shell once, with the new org and its URL', async () => {
    const { calls, user } = openApp('/o/acme/members');
    expect(await screen.findByText('Members of Acme Corporation.')).toBeInTheDocument();
    await waitFor(() => expect(switcher()).toHaveAccessibleName(/Acme Corporation, Owner/));
    calls.length = 0;
    await user.click(switcher());
    const initech = await screen.findByRole('option', { name: /^Initech/ });
    shellRenders.orgs.length = 0;
    await user.click(initech);

    expect(await screen.findByText('Members of Initech.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/o/initech/members');
    await waitFor(() => expect(switcher()).not.toHaveAccessibleName(/Switching/));
    expect(screen.queryByText(/Acme Corporation/)).not.toBeInTheDocument();
    expect(calls).toEqual(['PUT']);
    expect(shellRenders.orgs).toEqual(['initech']);
  });

  it('a link into another of the user’s orgs switches to it before the shell shows', async () => {
    const { calls } = openApp('/o/globex/audit-log');
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(switcher()).toHaveAccessibleName(/Globex, Administrator/);
    expect(calls).toEqual(['GET', 'PUT']);
    expect(shellRenders.orgs).toContain('globex');
    // Before that, only the skeleton (no org at all) held the shell's place: never another org.
    expect(shellRenders.orgs.filter((slug) => slug !== undefined && slug !== 'globex')).toEqual([]);
  });

  it('a link into an org the user is not in says "no access" and switches nothing', async () => {
    const { calls, user } = openApp('/o/hooli/settings');
    expect(await screen.findByRole('heading', { name: 'No access to “hooli”' })).toBeVisible();
    expect(calls).toEqual(['GET']);
    await user.click(screen.getByRole('link', { name: 'Back to Acme Corporation' }));
    expect(await screen.findByRole('heading', { name: 'Acme Corporation' })).toBeVisible();
  });
});
