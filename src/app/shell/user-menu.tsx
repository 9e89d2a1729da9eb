import { lazy, Suspense, useRef, useState } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';

const UserMenuList = lazy(() =>
  import('./user-menu-list').then((m) => ({ default: m.UserMenuList })),
);

/** Button "User menu": who is signed in, the theme, organization settings and sign out. */
export function UserMenu({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button ghost icon user-menu-button"
        aria-label="User menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="user-menu-avatar">
          <Icon name="user" />
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <UserMenuList activeOrg={activeOrg} container={root} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
