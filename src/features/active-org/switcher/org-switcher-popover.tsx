import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { ActiveOrg } from '../../../api/contract/active-org';
import { handleListKey } from '../../../lib/list-keys';
import { orgPath } from '../../../lib/org-path';
import { useTypedText, type TypedAhead } from '../../../lib/typed-ahead';
import { OrgOptionList, optionId } from './org-option-list';
import { orderAndFilterOrgs } from './org-search';
import { readRecentOrgs } from './recent-orgs';
import { roleLabel } from './org-labels';

const SEARCH_THRESHOLD = 7;

type OrgSwitcherPopoverProps = {
  id: string;
  activeOrg: ActiveOrg;
  pendingSlug: string | null;
  /** Typed while the list was opening: the search's text until the search box is edited. */
  typedAhead: TypedAhead;
  onChoose: (slug: string) => void;
  /** `refocus`: give focus back to the switcher button, not when focus moves on (Tab, a link). */
  onClose: (refocus: boolean) => void;
};

/**
 * The open switcher: search box (more than 7 orgs), the list, and the keys it answers to
 * (Escape and a click elsewhere: the switcher's usePopup).
 */
export function OrgSwitcherPopover(props: OrgSwitcherPopoverProps) {
  const { activeOrg, pendingSlug, typedAhead, onChoose, onClose, id } = props;
  const org = activeOrg.org;
  const withSearch = activeOrg.organizations.length > SEARCH_THRESHOLD;
  const typed = useTypedText(typedAhead);
  const [edited, setQuery] = useState<string | null>(null);
  const query = withSearch ? (edited ?? typed) : '';
  const [recent] = useState(() => readRecentOrgs());
  const orgs = useMemo(
    () => orderAndFilterOrgs(activeOrg.organizations, recent, query),
    [activeOrg.organizations, recent, query],
  );
  const [moved, setActiveIndex] = useState<number | null>(null);
  // Until a key or the mouse moves it: the first match of what was typed, else the current org.
  const activeIndex =
    moved ??
    (query
      ? 0
      : Math.max(
          0,
          orgs.findIndex((o) => o.slug === org?.slug),
        ));
  const typeahead = useRef({ text: '', at: 0 });
  const rootRef = useRef<HTMLDivElement>(null);
  const labelId = useId();

  useEffect(() => {
    // preventScroll: focusing must not scroll, which would force a layout of every row first.
    rootRef.current
      ?.querySelector<HTMLElement>('input, [role=listbox]')
      ?.focus({ preventScroll: true });
    // Keys go to the search box or the list now.
    typedAhead.stop();
  }, [typedAhead]);

  useEffect(() => {
    rootRef.current?.querySelector('.switcher-option.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function onKeyDown(event: KeyboardEvent) {
    const chosen = orgs[activeIndex];
    const handled = handleListKey(event, {
      activeIndex,
      count: orgs.length,
      setActiveIndex,
      onEnter: () => chosen && onChoose(chosen.slug),
      ends: true,
    });
    if (!handled && !withSearch && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      jumpTo(event.key);
    }
  }

  // Without a search box, typing jumps to the next org whose name starts with what was typed.
  function jumpTo(character: string) {
    const now = Date.now();
    const text = (now - typeahead.current.at < 700 ? typeahead.current.text : '') + character;
    typeahead.current = { text: text.toLowerCase(), at: now };
    const found = orgs.findIndex((o) => o.name.toLowerCase().startsWith(typeahead.current.text));
    if (found >= 0) setActiveIndex(found);
  }

  if (!org) return null;
  const active = orgs[activeIndex];
  return (
    // Not interactive itself: it only notices focus leaving its controls.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="popover switcher-popover"
      ref={rootRef}
      onBlur={(event) => {
        // Tab moves on through the popover (to its org actions); leaving it closes it.
        if (!event.currentTarget.contains(event.relatedTarget)) onClose(false);
      }}
    >
      <p id={labelId} className="visually-hidden">
        Your organizations
      </p>
      {withSearch && (
        <input
          type="search"
          className="switcher-search"
          aria-label="Search organizations"
          placeholder="Search organizations"
          role="combobox"
          aria-expanded="true"
          aria-controls={id}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(id, active.slug) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
      )}
      <OrgOptionList
        id={id}
        labelledBy={labelId}
        orgs={orgs}
        currentSlug={org.slug}
        activeIndex={activeIndex}
        pendingSlug={pendingSlug}
        roleName={(slug) =>
          slug === org.role.slug && org.role.name ? org.role.name : roleLabel(slug)
        }
        onChoose={onChoose}
        onHover={setActiveIndex}
        focusable={!withSearch}
        onKeyDown={withSearch ? undefined : onKeyDown}
      />
      {withSearch && (
        <p className="switcher-count muted" role="status">
          {orgs.length} of {activeOrg.organizations.length} organizations
        </p>
      )}
      <div className="switcher-actions">
        <Link
          to={orgPath(org.slug, 'settings')}
          className="switcher-action"
          onClick={() => onClose(false)}
        >
          Organization settings
        </Link>
      </div>
    </div>
  );
}
