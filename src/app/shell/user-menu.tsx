import { lazy, Suspense } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { usePopup } from '../../lib/use-popup';

const UserMenuList = lazy(() =>
  import('./user-menu-list').then((m) => ({ default: m.UserMenuList })),
);

/** Button "User menu": who is signed in, the theme, organization settings and sign out. */
export function UserMenu({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const { open, setOpen, close, button, root } = usePopup();
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
        <span className="avatar quiet user-menu-avatar">
          <Icon name="user" />
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <UserMenuList activeOrg={activeOrg} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
