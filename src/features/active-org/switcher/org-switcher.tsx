import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId } from 'react';
import type { ActiveOrg } from '../../../api/contract/active-org';
import { errorMessage } from '../../../lib/error-message';
import { useTypedAhead } from '../../../lib/typed-ahead';
import { usePopup } from '../../../lib/use-popup';
import { forgetSwitchFailure, useSwitchStatus } from '../switch-org';
import { useChooseOrg } from './choose-org';
import { OrgAvatar } from './org-avatar';
import { roleLabel } from './org-labels';
import type { OrgSwitcherPopover as OrgSwitcherPopoverType } from './org-switcher-popover';
import './org-switcher.css';
import { oneLine } from '../../../lib/short-name';

// The open list is not needed for the first paint: it loads when the page is idle or on demand.
// Once loaded it is rendered directly: a lazy() component suspends on its first render even when
// its module is already there, and React then holds the fallback for ~300 ms.
let loadedPopover: typeof OrgSwitcherPopoverType | null = null;
const loadPopover = () =>
  import('./org-switcher-popover').then((m) => (loadedPopover = m.OrgSwitcherPopover));
const LazyPopover = lazy(() => loadPopover().then((component) => ({ default: component })));

const INACTIVE_STATUS: Record<string, string> = {
  trialing: 'Trial',
  past_due: 'Past due',
  canceled: 'Canceled',
  inactive: 'Inactive',
};

/** The header's org switcher: a button that opens the list of the user's organizations. */
export function OrgSwitcher({ activeOrg }: { activeOrg: ActiveOrg }) {
  const org = activeOrg.org;
  const queryClient = useQueryClient();
  const chooseOrg = useChooseOrg();
  const { pendingSlug, failure } = useSwitchStatus();
  // What is typed while the list opens (its code may still be loading) goes into its search.
  const typedAhead = useTypedAhead();
  const { open, setOpen, close, button, root } = usePopup(typedAhead.stop);
  const listId = useId();

  useEffect(() => {
    // Safari has no requestIdleCallback (the DOM types say every browser has).
    if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPopover());
    else setTimeout(() => void loadPopover(), 200);
  }, []);

  if (!org) return null;
  const OrgSwitcherPopover = loadedPopover ?? LazyPopover;
  const status = org.subscription?.status ? INACTIVE_STATUS[org.subscription.status] : undefined;
  const roleName = org.role.name ?? roleLabel(org.role.slug);
  const pendingName = activeOrg.organizations.find((o) => o.slug === pendingSlug)?.name;

  function openList() {
    // A failure already said stays said: opening the list again starts afresh.
    if (failure) forgetSwitchFailure(queryClient);
    typedAhead.start();
    setOpen(true);
  }

  function choose(slug: string) {
    if (slug === pendingSlug) return;
    if (slug === org?.slug && !pendingSlug) {
      close(true);
      return;
    }
    // Focus first: an unsaved-changes question chooseOrg may ask takes it from there.
    button.current?.focus();
    void chooseOrg(slug);
    // The list goes in a task of its own: removing 1,000 options is not added to the click's.
    // Not a transition: it would wait for the switch's navigation (transitions are entangled).
    setTimeout(() => close(false));
  }

  return (
    <div className="switcher" ref={root}>
      <button
        ref={button}
        type="button"
        className="button switcher-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`Switch organization: ${org.name}, ${roleName}${status ? `, ${status}` : ''}${
          pendingName ? `. Switching to ${pendingName}` : ''
        }`}
        onClick={() => (open ? close(true) : openList())}
        onKeyDown={(event) => {
          if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            openList();
          }
        }}
      >
        <OrgAvatar className="switcher-avatar" name={org.name} color={org.branding.primaryColor} />
        <span className="switcher-text">
          <span className="switcher-name" title={org.name}>
            {oneLine(org.name)}
          </span>
          <span className="switcher-role">
            {roleName}
            {status && (
              <span className={`status-badge status-${org.subscription?.status ?? ''}`}>
                {status}
              </span>
            )}
          </span>
        </span>
        {pendingName ? (
          <span className="switcher-pending">
            <span className="spinner" aria-hidden="true" /> Switching to {pendingName}…
          </span>
        ) : (
          <svg
            className="switcher-caret"
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="16"
            height="16"
          >
            <path d="m7 15 5 5 5-5M7 9l5-5 5 5" />
          </svg>
        )}
      </button>
      {open && (
        <Suspense
          fallback={<div className="popover switcher-popover muted">Loading organizations…</div>}
        >
          <OrgSwitcherPopover
            id={listId}
            activeOrg={activeOrg}
            pendingSlug={pendingSlug}
            typedAhead={typedAhead}
            onChoose={choose}
            onClose={close}
          />
        </Suspense>
      )}
      {failure && !open && (
        <p className="switcher-error" role="alert">
          Could not switch organization: {errorMessage(failure.error)}
        </p>
      )}
    </div>
  );
}
