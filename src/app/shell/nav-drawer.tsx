import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { MenuPanel } from './sidebar';

type NavDrawerProps = { activeOrg: ActiveOrg | undefined; onClose: () => void };

/**
 * The phone's menu: an off-canvas modal dialog. The browser keeps focus inside it and closes it
 * on Escape; closing (or following a link) hands focus back to whoever opened it.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

/**
 * A modal dialog keeps the page inert, but Tab past its last control leaves for the browser's
 * own UI: focus wraps around instead, so the keyboard never leaves the drawer.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const edge = event.shiftKey ? first : last;
  if (document.activeElement !== edge) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

export function NavDrawer({ activeOrg, onClose }: NavDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { pathname } = useLocation();
  const openedAt = useRef(pathname);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // Every way out closes the dialog first (its close event then tells the header): focus can only
  // return to the opener once the page behind is no longer inert.
  const close = () => ref.current?.close();
  useEffect(() => {
    if (pathname !== openedAt.current) ref.current?.close();
  }, [pathname]);

  return (
    // A click on the backdrop lands on the dialog itself; the keyboard closes it with Escape.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="nav-drawer"
      aria-label="Navigation"
      onClose={onClose}
      onClick={(event) => event.target === event.currentTarget && close()}
      onKeyDown={keepTabInside}
    >
      <div className="nav-drawer-panel">
        <div className="nav-drawer-head">
          <span className="app-brand-name">Org Console</span>
          <button
            type="button"
            className="button ghost icon"
            aria-label="Close navigation"
            onClick={close}
          >
            <Icon name="close" />
          </button>
        </div>
        <MenuPanel activeOrg={activeOrg} compact={false} />
      </div>
    </dialog>
  );
}
