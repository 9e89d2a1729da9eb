import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { MenuPanel } from './sidebar';

type NavDrawerProps = { activeOrg: ActiveOrg | undefined; onClose: () => void };

/**
 * The phone's menu: an off-canvas modal dialog. The browser keeps focus inside it and closes it
 * on Escape; closing (or following a link) hands focus back to whoever opened it.
 */
export function NavDrawer({ activeOrg, onClose }: NavDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { pathname } = useLocation();
  const openedAt = useRef(pathname);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (pathname !== openedAt.current) onClose();
  }, [pathname, onClose]);

  return (
    // A click on the backdrop lands on the dialog itself; the keyboard closes it with Escape.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="nav-drawer"
      aria-label="Navigation"
      onClose={onClose}
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <div className="nav-drawer-panel">
        <div className="nav-drawer-head">
          <span className="app-brand-name">Org Console</span>
          <button
            type="button"
            className="button ghost icon"
            aria-label="Close navigation"
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
        </div>
        <MenuPanel activeOrg={activeOrg} compact={false} />
      </div>
    </dialog>
  );
}
