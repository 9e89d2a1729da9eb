import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useNavigate } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { orgInitials, roleLabel } from '../../features/active-org/switcher/org-labels';
import { readRecentOrgs } from '../../features/active-org/switcher/recent-orgs';
import { pageEntries, paletteEntries, type PaletteEntry } from './palette-entries';
import '../../components/ui/dialog.css';
import './command-palette.css';

/** More than this many orgs are not drawn at once: typing narrows them. */
const MAX_ORGS_SHOWN = 100;
const PAGE = 8;

type CommandPaletteProps = {
  activeOrg: ActiveOrg;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
  /** Switches to another org (the header's switch: its failure outlives the palette). */
  onChooseOrg: (slug: string) => Promise<void>;
};

/** Dialog "Command palette": jump to a page of the active org, or switch to another org. */
export function CommandPalette({
  activeOrg,
  onClose,
  returnFocus,
  onChooseOrg,
}: CommandPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [recent] = useState(() => readRecentOrgs());
  const pages = useMemo(() => pageEntries(activeOrg), [activeOrg]);
  const entries = useMemo(
    () => paletteEntries(activeOrg, pages, recent, query),
    [activeOrg, pages, recent, query],
  );
  const firstOrg = entries.findIndex((entry) => entry.kind === 'org');
  const pageCount = firstOrg === -1 ? entries.length : firstOrg;
  const shown = entries.slice(0, pageCount + MAX_ORGS_SHOWN);
  const hidden = entries.length - shown.length;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    const opener = returnFocus.current;
    return () => opener?.focus();
  }, [returnFocus]);
  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  function run(entry: PaletteEntry | undefined) {
    if (!entry) return;
    onClose();
    if (entry.kind === 'org') {
      if (!entry.current) void onChooseOrg(entry.org.slug);
    } else if (entry.target.kind === 'internal') {
      void navigate(entry.target.to);
    } else if (entry.target.newTab) {
      window.open(entry.target.href, '_blank', 'noopener,noreferrer');
    } else {
      window.location.assign(entry.target.href);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      PageDown: Math.min(last, activeIndex + PAGE),
      PageUp: Math.max(0, activeIndex - PAGE),
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActiveIndex(Math.max(0, move));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[activeIndex]);
    }
  }

  const option = (entry: PaletteEntry, index: number) => (
    // Keyboard use goes through the search box (aria-activedescendant).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      key={entry.key}
      id={optionId(index)}
      role="option"
      tabIndex={-1}
      aria-selected={index === activeIndex}
      className="palette-option"
      onClick={() => run(entry)}
      onMouseMove={() => index !== activeIndex && setActiveIndex(index)}
    >
      {entry.kind === 'org' ? (
        <>
          <span className="palette-avatar" aria-hidden="true">
            {orgInitials(entry.org.name)}
          </span>
          <span className="palette-label" title={entry.org.name}>
            {entry.org.name}
          </span>
          <span className="palette-meta">
            {roleLabel(entry.org.roleSlug)}
            {entry.current && ' · current'}
          </span>
        </>
      ) : (
        <>
          <span className="palette-avatar palette-page" aria-hidden="true">
            <Icon name={entry.target.kind === 'external' ? 'signOut' : 'panel'} size={14} />
          </span>
          <span className="palette-label" title={entry.label}>
            {entry.trail && <span className="palette-trail">{entry.trail}</span>}
            {entry.label}
          </span>
          {entry.target.kind === 'external' && <span className="palette-meta">External</span>}
        </>
      )}
    </div>
  );

  return (
    <dialog ref={dialog} className="dialog palette" aria-label="Command palette" onClose={onClose}>
      <div className="palette-search">
        <Icon name="search" />
        <input
          type="text"
          role="combobox"
          aria-label="Search pages and organizations"
          placeholder="Search pages and organizations…"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd>Esc</kbd>
      </div>
      <div id={listId} role="listbox" aria-label="Results" className="palette-list">
        {pageCount > 0 && (
          <div role="group" aria-labelledby={`${listId}-pages`}>
            <div id={`${listId}-pages`} className="palette-group" role="presentation">
              Pages in {activeOrg.org?.name}
            </div>
            {shown.slice(0, pageCount).map((entry, index) => option(entry, index))}
          </div>
        )}
        {shown.length > pageCount && (
          <div role="group" aria-labelledby={`${listId}-orgs`}>
            <div id={`${listId}-orgs`} className="palette-group" role="presentation">
              Switch organization
            </div>
            {shown.slice(pageCount).map((entry, index) => option(entry, pageCount + index))}
          </div>
        )}
      </div>
      <p className="palette-status" role="status">
        {shown.length === 0
          ? 'Nothing matches.'
          : hidden > 0
            ? `${hidden} more organizations: type to narrow.`
            : `${entries.length} results`}
      </p>
    </dialog>
  );
}
