import { use, useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { config } from '../../config';
import { PersonasContext } from '../../features/session/persona';
import { useCredential } from '../../features/session/use-credential';
import { orgPath } from '../../lib/org-path';
import { setThemeChoice, THEME_CHOICES, useThemeChoice } from '../../lib/theme';
import { SETTINGS_PAGE } from '../console-pages';
import { pageAccess } from '../page-access';

const THEME_NAMES = { system: 'System', light: 'Light', dark: 'Dark' } as const;

type UserMenuListProps = {
  activeOrg: ActiveOrg | undefined;
  onClose: (refocus: boolean) => void;
};

/** The open user menu: arrows move, Tab leaves it (Escape and a click elsewhere: usePopup). */
export function UserMenuList({ activeOrg, onClose }: UserMenuListProps) {
  const menu = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const theme = useThemeChoice();
  const credential = useCredential();
  const persona = use(PersonasContext).find((p) => p.token === credential);
  const org = activeOrg?.org;

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const move = next[event.key];
    if (move !== undefined) {
      event.preventDefault();
      items[move]?.focus();
    } else if (event.key === 'Tab') onClose(false);
  }

  const nextTheme = THEME_CHOICES[(THEME_CHOICES.indexOf(theme) + 1) % THEME_CHOICES.length];
  return (
    // The menu answers arrows for its items; each item is a real button or link.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      ref={menu}
      role="menu"
      aria-label="User menu"
      className="popover user-menu-list"
      onKeyDown={onKeyDown}
    >
      <div className="user-menu-who">
        <span className="user-menu-name">
          {persona
            ? persona.name
            : `Signed in with an ${config.auth === 'api-key' ? 'API key' : 'API token'}`}
        </span>
        {org && (
          <span className="user-menu-role clamp-2" title={org.name}>
            {org.role.name ?? org.role.slug} in {org.name}
          </span>
        )}
      </div>
      {/* The guard asks the same question: the menu never links to a page that refuses. */}
      {activeOrg && org && pageAccess(activeOrg, SETTINGS_PAGE) === 'allowed' && (
        <Link
          role="menuitem"
          tabIndex={-1}
          className="user-menu-item"
          to={orgPath(org.slug, SETTINGS_PAGE.path)}
          onClick={() => onClose(false)}
        >
          <Icon name="panel" />
          {SETTINGS_PAGE.title}
        </Link>
      )}
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="user-menu-item"
        aria-describedby="user-menu-theme"
        onClick={() => nextTheme && setThemeChoice(nextTheme)}
      >
        <Icon name="theme" />
        Theme
        <span id="user-menu-theme" className="user-menu-value" aria-hidden="true">
          {THEME_NAMES[theme]}
        </span>
      </button>
      <div className="user-menu-separator" role="separator" />
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="user-menu-item"
        onClick={() => void navigate('/sign-out', { replace: true })}
      >
        <Icon name="signOut" />
        Sign out
      </button>
    </div>
  );
}
