import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { ActiveOrg } from '../../../api/contract/active-org';
import { orgPath } from '../../../lib/org-path';
import { OrgOptionList, optionId } from './org-option-list';
import { orderAndFilterOrgs } from './org-search';
import { readRecentOrgs } from './recent-orgs';
import { roleLabel } from './org-labels';

const SEARCH_THRESHOLD = 7;
const PAGE = 8;

type OrgSwitcherPopoverProps = {
  id: string;
  activeOrg: ActiveOrg;
  pendingSlug: string | null;
  /** Typed on the switcher button while the list was opening: it goes into the search. */
  typedAhead: string;
  onChoose: (slug: string) => void;
  /** `refocus`: give focus back to the switcher button (Escape), not when focus moves on (Tab, click away). */
  onClose: (refocus: boolean) => void;
  container: React.RefObject<HTMLElement | null>;
};

/** The open switcher: search box (more than 7 orgs), the list, and every key it answers to. */
export function OrgSwitcherPopover(props: OrgSwitcherPopoverProps) {
  const { activeOrg, pendingSlug, typedAhead, onChoose, onClose, container, id } = props;
  const org = activeOrg.org;
  const withSearch = activeOrg.organizations.length > SEARCH_THRESHOLD;
  const [query, setQuery] = useState(withSearch ? typedAhead : '');
  const [recent] = useState(() => readRecentOrgs());
  const orgs = useMemo(
    () => orderAndFilterOrgs(activeOrg.organizations, recent, query),
    [activeOrg.organizations, recent, query],
  );
  const [activeIndex, setActiveIndex] = useState(() =>
    Math.max(
      0,
      orgs.findIndex((o) => o.slug === org?.slug),
    ),
  );
  const takenIn = useRef(typedAhead.length);
  useEffect(() => {
    if (!withSearch || typedAhead.length <= takenIn.current) return;
    const more = typedAhead.slice(takenIn.current);
    takenIn.current = typedAhead.length;
    setQuery((text) => text + more);
    setActiveIndex(0);
  }, [typedAhead, withSearch]);
  const typeahead = useRef({ text: '', at: 0 });
  const rootRef = useRef<HTMLDivElement>(null);
  const labelId = useId();

  useEffect(() => {
    // preventScroll: focusing must not scroll, which would force a layout of every row first.
    rootRef.current
      ?.querySelector<HTMLElement>('input, [role=listbox]')
      ?.focus({ preventScroll: true });
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [container, onClose]);

  useEffect(() => {
    rootRef.current?.querySelector('.switcher-option.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function onKeyDown(event: KeyboardEvent) {
    const last = orgs.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, activeIndex + 1),
      ArrowUp: Math.max(0, activeIndex - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, activeIndex + PAGE),
      PageUp: Math.max(0, activeIndex - PAGE),
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActiveIndex(Math.max(0, move));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = orgs[activeIndex];
      if (chosen) onChoose(chosen.slug);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    } else if (!withSearch && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
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
      className="switcher-popover"
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
          onKeyDown={(event) => event.key === 'Escape' && onClose(true)}
        >
          Organization settings
        </Link>
      </div>
    </div>
  );
}
