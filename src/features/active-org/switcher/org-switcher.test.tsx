import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfirmHost } from '../../../components/ui/confirm';
import type { ActiveOrg } from '../../../api/contract/active-org';
import { mockServer } from '../../../mocks/node';
import { signInAs, TOKENS } from '../../../test/api';
import { activeOrgQueryOptions, useActiveOrg } from '../active-org-query';
import { activeOrgKey } from '../org-keys';
import { useUnsavedChanges } from '../unsaved-changes';
import { OrgSwitcher } from './org-switcher';

// The open list is a lazy chunk: load it once up front so no test's timing includes compiling it.
beforeAll(() => import('./org-switcher-popover'));

function Subject() {
  const { data } = useActiveOrg();
  return data ? <OrgSwitcher activeOrg={data} /> : null;
}

async function renderSwitcher(token: string = TOKENS.olivia) {
  signInAs(token);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await client.query(activeOrgQueryOptions());
  const view = render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <Subject />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { client, view, user: userEvent.setup() };
}

const switcherButton = () => screen.getByRole('button', { name: /^Switch organization/ });
const activeOption = () => {
  const id = screen.getByRole('listbox').getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : null;
};

function countSwitches() {
  const puts: unknown[] = [];
  mockServer.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT' && request.url.endsWith('/v2/user/active-org'))
      puts.push(request.url);
  });
  return puts;
}

describe('OrgSwitcher', () => {
  it('names the active org and role, and opens on ArrowDown with the current org marked', async () => {
    const { user } = await renderSwitcher();
    expect(switcherButton()).toHaveAccessibleName('Switch organization: Acme Corporation, Owner');
    switcherButton().focus();
    await user.keyboard('{ArrowDown}');
    const listbox = await screen.findByRole('listbox');
    // The list takes focus in the frame after it opens.
    await waitFor(() => expect(listbox).toHaveFocus());
    expect(screen.getByRole('option', { name: /^Acme Corporation/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Acme CorporationOwner(current)',
      'GlobexAdministrator',
      'InitechMember',
      'Umbrella GroupViewer',
    ]);
    expect(activeOption()).toMatch(/^Acme/);
  });

  it('moves with arrows, Home, End and typing; Escape closes and returns focus', async () => {
    const { user } = await renderSwitcher();
    await user.click(switcherButton());
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toMatch(/^Globex/);
    await user.keyboard('{End}');
    expect(activeOption()).toMatch(/^Umbrella/);
    await user.keyboard('{Home}');
    expect(activeOption()).toMatch(/^Acme/);
    await user.keyboard('i');
    expect(activeOption()).toMatch(/^Initech/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(switcherButton()).toHaveFocus();
  });

  it('shows a pending switch and does not submit it twice', async () => {
    // The server holds its answer until the test has tried to submit twice.
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    mockServer.use(
      http.put('*/v2/user/active-org', async () => {
        await held;
        return undefined;
      }),
    );
    const puts = countSwitches();
    const { user, client } = await renderSwitcher();
    await user.click(switcherButton());
    await user.click(await screen.findByRole('option', { name: /^Globex/ }));
    expect(switcherButton()).toHaveAccessibleName(/Switching to Globex/);
    expect(screen.getByText(/Switching to Globex…/)).toBeInTheDocument();
    await user.click(switcherButton());
    expect(await screen.findByRole('option', { name: /^Globex/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('option', { name: /^Globex/ }));
    answer();
    await waitFor(() =>
      expect(client.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug).toBe('globex'),
    );
    expect(puts).toHaveLength(1);
  });

  it('asks before a switch would discard unsaved changes', async () => {
    function DirtyPage() {
      useUnsavedChanges(true);
      return null;
    }
    const puts = countSwitches();
    const { user } = await renderSwitcher();
    const dirty = render(
      <>
        <DirtyPage />
        <ConfirmHost />
      </>,
    );
    await user.click(switcherButton());
    await user.click(await screen.findByRole('option', { name: /^Globex/ }));
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(ask).toHaveAccessibleDescription(
      'You have unsaved changes. Switch organization and discard them?',
    );
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(puts).toHaveLength(0);
    dirty.unmount();
  });

  it('offers a search box for more than 7 orgs, ignoring case and accents', async () => {
    const { user } = await renderSwitcher(TOKENS.max);
    await user.click(switcherButton());
    const search = await screen.findByRole('combobox', { name: 'Search organizations' });
    await waitFor(() => expect(search).toHaveFocus());
    await user.type(search, 'SAO');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'São Paulo FreightMember',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 300 organizations');
  });

  it('renders a long list whole, and End reaches its last org', async () => {
    const { user } = await renderSwitcher(TOKENS.max);
    await user.click(switcherButton());
    await screen.findByRole('combobox', { name: 'Search organizations' });
    await user.keyboard('{End}');
    const last = activeOption();
    expect(last).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(300));
    expect(screen.getAllByRole('option').at(-1)?.textContent).toBe(last);
    expect(activeOption()).toBe(last);
  });

  it('offers Organization settings among its org actions, reachable with Tab', async () => {
    const { user } = await renderSwitcher();
    await user.click(switcherButton());
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(listbox).toHaveFocus());
    await user.tab();
    const settings = screen.getByRole('link', { name: 'Organization settings' });
    expect(settings).toHaveFocus();
    expect(settings).toHaveAttribute('href', '/o/acme/settings');
    await user.tab();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('shows a list of one for a user with a single org', async () => {
    const { user } = await renderSwitcher(TOKENS.sam);
    await user.click(switcherButton());
    expect(await screen.findAllByRole('option')).toHaveLength(1);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
