import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import type { MenuEntry } from '../../api/contract/navigation';
import { NavigationSchema } from '../../api/contract/navigation';
import { hugeNavigation } from '../../mocks/huge-navigation';
import { NavSkeleton } from './nav-skeleton';
import { SidebarMenu } from './sidebar-menu';

type Org = NonNullable<ActiveOrg['org']>;

const item = (id: string, label: string, href: string, extra: object = {}): MenuEntry => ({
  id,
  type: 'item',
  label,
  href,
  permissions: [],
  features: [],
  ...extra,
});

const org = (slug: string): Org => ({
  slug,
  name: slug,
  branding: {},
  role: { slug: 'MEMBER', permissions: [], scopes: [] },
  groups: [],
  navigation: {
    menu: [
      {
        id: 'people',
        type: 'category',
        label: 'People',
        expanded: false,
        permissions: [],
        features: [],
        items: [item('members', 'Members', '/members', { badge: 'Beta', icon: 'no-such-icon' })],
      },
      item('workspaces', 'Workspaces', '/workspaces', { color: 'red;background:url(x)' }),
      item('docs', 'Docs', 'https://docs.example.com', { target: '_blank' }),
      item('evil', 'Evil', 'javascript:alert(1)'),
    ],
    footer: [item('settings', 'Settings', '/settings')],
    quickActions: [],
  },
});

function renderMenu(slug: string, path = `/o/${slug}`) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <SidebarMenu key={slug} org={org(slug)} permissions={[]} placeholder={<NavSkeleton />} />
    </MemoryRouter>,
  );
}

describe('SidebarMenu', () => {
  it('renders the main and footer menus, marking the current page', async () => {
    renderMenu('acme', '/o/acme/workspaces');
    const main = await screen.findByRole('navigation', { name: 'Main' });
    const workspaces = within(main).getByRole('link', { name: 'Workspaces' });
    expect(workspaces).toHaveAttribute('href', '/o/acme/workspaces');
    expect(workspaces).toHaveAttribute('aria-current', 'page');
    expect(workspaces.querySelector('[style]')).toBeNull();
    expect(within(main).queryByText('Evil')).toBeNull();
    const docs = within(main).getByRole('link', { name: 'Docs' });
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveAccessibleDescription('External site, opens in a new tab');
    const footer = screen.getByRole('navigation', { name: 'Footer' });
    expect(within(footer).getByRole('link', { name: 'Settings' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('expands and collapses a category and remembers the choice per org', async () => {
    const user = userEvent.setup();
    const { unmount } = renderMenu('acme');
    const people = await screen.findByRole('button', { name: 'People' });
    expect(people).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Members' })).toBeNull();

    await user.click(people);
    expect(people).toHaveAttribute('aria-expanded', 'true');
    const members = screen.getByRole('link', { name: 'Members' });
    expect(members).toHaveAccessibleDescription('Beta');
    expect(document.getElementById(people.getAttribute('aria-controls') ?? '')).toContainElement(
      members,
    );
    unmount();

    const again = renderMenu('acme');
    expect(await screen.findByRole('button', { name: 'People' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    again.unmount();
    renderMenu('globex');
    expect(await screen.findByRole('button', { name: 'People' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('ignores a corrupt remembered state', async () => {
    localStorage.setItem('org-console.nav-expanded.acme', '{"people": "yes"');
    renderMenu('acme');
    expect(await screen.findByRole('button', { name: 'People' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('renders a large menu after the page around it, in steps, then whole', async () => {
    // Without icons nothing suspends: each commit is the menu's own.
    const wire: unknown = JSON.parse(
      JSON.stringify(hugeNavigation(40)).replaceAll('"icon":', '"_":'),
    );
    const huge = { ...org('huge'), navigation: await NavigationSchema.parseAsync(wire) };
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes]))
        if (node instanceof HTMLElement && node.matches('.nav-skeleton, .nav-menus'))
          added.push(node.className);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    render(
      <MemoryRouter initialEntries={['/o/huge/workspaces']}>
        <SidebarMenu org={huge} permissions={[]} placeholder={<NavSkeleton />} />
      </MemoryRouter>,
    );
    const main = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      await within(main).findByRole('button', { name: 'Group 39' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    observer.disconnect();
    // The skeleton first (never another org's entries), then the menu.
    expect(added).toEqual(['nav-skeleton', 'nav-menus']);
    expect(within(main).getAllByRole('button')).toHaveLength(40);
    expect(main.querySelectorAll('[aria-current="page"]')).toHaveLength(1);
  });
});
