import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockServer } from '../../mocks/node';
import { signInAs, TOKENS } from '../../test/api';
import { createTestQueryClient } from '../../test/render-route';
import { App } from '../app';

// The whole app loads in jsdom here: give it time on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await Promise.all([
    import('./command-palette'),
    import('../routes/home-page'),
    import('../../features/org-settings/org-settings-page'),
    import('../../features/navigation/sidebar-menu'),
  ]);
});

/** Every request to the API, as "METHOD /path". */
function recordRequests() {
  const requests: string[] = [];
  mockServer.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return requests;
}

/**
 * What the page showed after each DOM change: the org the switcher names and whether the page
 * named Acme. A frame with Globex in the switcher and Acme in the page is the old org's data
 * under the new org.
 */
function recordFrames() {
  const frames: { header: string; pageNamesAcme: boolean; path: string }[] = [];
  const observer = new MutationObserver(() => {
    const switcher = document.querySelector('[aria-label^="Switch organization:"]');
    const header = switcher?.getAttribute('aria-label') ?? '';
    const main = document.querySelector('main');
    const values = [...(main?.querySelectorAll('input') ?? [])].map((input) => input.value);
    frames.push({
      header,
      pageNamesAcme: /Acme/.test(`${main?.textContent ?? ''} ${values.join(' ')}`),
      path: window.location.pathname,
    });
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return { frames, stop: () => observer.disconnect() };
}

async function openSettingsOfAcme() {
  signInAs(TOKENS.olivia);
  window.history.replaceState(null, '', '/o/acme/settings');
  render(<App personas={[]} queryClient={createTestQueryClient()} />);
  const user = userEvent.setup();
  await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Acme Corporation'));
  return user;
}

/** Opens the palette with its shortcut and types into its search box. */
async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.keyboard('{Control>}k{/Control}');
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  // jsdom's showModal (test/dialog-polyfill.ts) does not move focus as a browser's does.
  await user.click(
    within(palette).getByRole('combobox', { name: 'Search pages and organizations' }),
  );
  await user.keyboard(text);
}

describe('the command palette', { timeout: 30_000 }, () => {
  it('opens a page of another org in one step: one switch, then the page in that org', async () => {
    const user = await openSettingsOfAcme();
    const requests = recordRequests();
    await search(user, 'globex settings');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent(
      'Globex › Organization settings',
    );
    const { frames, stop } = recordFrames();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Globex'));
    stop();
    expect(window.location.pathname).toBe('/o/globex/settings');
    // The header stood throughout: focus is back on the palette's button, as after any jump.
    expect(screen.getByRole('button', { name: 'Open command palette' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Switch organization/ })).toHaveAccessibleName(
      /Globex, Administrator/,
    );
    expect(requests.filter((r) => r.includes('/v2/user/active-org'))).toEqual([
      'PUT /v2/user/active-org',
    ]);
    expect(
      frames.filter((f) => f.header.startsWith('Switch organization: Globex,') && f.pageNamesAcme),
    ).toEqual([]);
    expect(
      frames.filter(
        (f) => f.header.startsWith('Switch organization: Acme') && f.path.startsWith('/o/globex'),
      ),
    ).toEqual([]);
  });

  it('asks before unsaved changes are lost; declining keeps them and switches nothing', async () => {
    const user = await openSettingsOfAcme();
    const requests = recordRequests();
    await user.type(screen.getByLabelText('City'), ' North');
    await search(user, 'settings glob{Enter}');

    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(screen.getByLabelText('City')).toHaveValue('San Francisco North');
    expect(window.location.pathname).toBe('/o/acme/settings');
    expect(requests.filter((r) => r.includes('/v2/user/active-org'))).toEqual([]);

    await search(user, 'settings glob{Enter}');
    await user.click(
      await screen.findByRole('button', { name: 'Discard and switch organization' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Globex'));
    expect(window.location.pathname).toBe('/o/globex/settings');
    expect(requests.filter((r) => r.includes('/v2/user/active-org'))).toEqual([
      'PUT /v2/user/active-org',
    ]);
  });
});
