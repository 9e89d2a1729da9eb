import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useNavigate } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { OrgAvatar } from '../../features/active-org/switcher/org-avatar';
import { roleLabel } from '../../features/active-org/switcher/org-labels';
import { readRecentOrgs, rememberRecentOrg } from '../../features/active-org/switcher/recent-orgs';
import { confirmDiscardingUnsavedChanges } from '../../features/active-org/unsaved-changes';
import { handleListKey } from '../../lib/list-keys';
import { useTypedText, type TypedAhead } from '../../lib/typed-ahead';
import { pageEntries, paletteEntries, type PaletteEntry } from './palette-entries';
import '../../components/ui/dialog.css';
import './command-palette.css';

/** More than this many entries of a group of orgs are not drawn at once: typing narrows them. */
const MAX_ORGS_SHOWN = 100;
const GROUP_KINDS = ['page', 'org-page', 'org'] as const;

/** The entries drawn: every page of the active org, and the first few of each group of orgs. */
function entriesShown(entries: PaletteEntry[]): PaletteEntry[] {
  const counts = { page: 0, 'org-page': 0, org: 0 };
  return entries.filter((entry) => entry.kind === 'page' || ++counts[entry.kind] <= MAX_ORGS_SHOWN);
}

type CommandPaletteProps = {
  activeOrg: ActiveOrg;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
  /** What was typed while the palette loaded: its query until the search box is edited. */
  typedAhead: TypedAhead;
  /** Switches to another org (the header's switch: its failure outlives the palette). */
  onChooseOrg: (slug: string) => Promise<void>;
};

/**
 * Dialog "Command palette": jump to a page of the active org, to the home or settings of another
 * org (switching to it on the way), or switch to another org.
 */
export function CommandPalette({
  activeOrg,
  onClose,
  returnFocus,
  typedAhead,
  onChooseOrg,
}: CommandPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const listId = useId();
  const typed = useTypedText(typedAhead);
  const [edited, setQuery] = useState<string | null>(null);
  const query = edited ?? typed;
  const [activeIndex, setActiveIndex] = useState(0);
  const [recent] = useState(() => readRecentOrgs());
  const pages = useMemo(() => pageEntries(activeOrg), [activeOrg]);
  const entries = useMemo(
    () => paletteEntries(activeOrg, pages, recent, query),
    [activeOrg, pages, recent, query],
  );
  const shown = useMemo(() => entriesShown(entries), [entries]);
  const hidden = entries.length - shown.length;
  const groupTitles = {
    page: `Pages in ${activeOrg.org?.name ?? ''}`,
    'org-page': 'Pages in your other organizations',
    org: 'Switch organization',
  };
  const optionId = (index: number) => `${listId}-${index}`;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // Focus is in the search box now: keys go there.
    typedAhead.stop();
    const opener = returnFocus.current;
    return () => {
      // Closed before React removes it: the page around a modal dialog takes no focus.
      element?.close();
      opener?.focus();
    };
  }, [returnFocus, typedAhead]);
  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  function run(entry: PaletteEntry | undefined) {
    if (!entry) return;
    onClose();
    if (entry.kind === 'org') {
      if (!entry.current) void onChooseOrg(entry.org.slug);
    } else if (entry.kind === 'org-page') {
      void openInOrg(entry.org.slug, entry.to);
    } else if (entry.target.kind === 'internal') {
      void navigate(entry.target.to);
    } else if (entry.target.newTab) {
      window.open(entry.target.href, '_blank', 'noopener,noreferrer');
    } else {
      window.location.assign(entry.target.href);
    }
  }

  /**
   * Another org's page in one step: its URL, like a link into that org, makes the `/o/:orgSlug`
   * loader switch (one request, the switcher's mutation) before the page renders in that org.
   * Unsaved changes are asked about first, as the switcher does.
   */
  async function openInOrg(slug: string, to: string) {
    if (!(await confirmDiscardingUnsavedChanges('Switch organization'))) return;
    rememberRecentOrg(slug);
    void navigate(to);
  }

  function onKeyDown(event: KeyboardEvent) {
    handleListKey(event, {
      activeIndex,
      count: shown.length,
      setActiveIndex,
      onEnter: () => run(shown[activeIndex]),
      wrap: true,
    });
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
      className="list-row palette-option"
      onClick={() => run(entry)}
      onMouseMove={() => index !== activeIndex && setActiveIndex(index)}
    >
      {entry.kind === 'org-page' ? (
        <>
          <OrgAvatar quiet className="palette-avatar" name={entry.org.name} />
          <span className="list-row-name" title={`${entry.org.name} › ${entry.label}`}>
            <span className="palette-trail">{entry.org.name} › </span>
            {entry.label}
          </span>
        </>
      ) : entry.kind === 'org' ? (
        <>
          <OrgAvatar quiet className="palette-avatar" name={entry.org.name} />
          <span className="list-row-name" title={entry.org.name}>
            {entry.org.name}
          </span>
          <span className="palette-meta">
            {roleLabel(entry.org.roleSlug)}
            {entry.current && ' · current'}
          </span>
        </>
      ) : (
        <>
          <span className="avatar quiet palette-avatar" aria-hidden="true">
            <Icon name={entry.target.kind === 'external' ? 'signOut' : 'panel'} size={14} />
          </span>
          <span className="list-row-name" title={entry.label}>
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
        {GROUP_KINDS.map((kind) => {
          const first = shown.findIndex((entry) => entry.kind === kind);
          if (first === -1) return null;
          const group = shown.filter((entry) => entry.kind === kind);
          return (
            <div key={kind} role="group" aria-labelledby={`${listId}-${kind}`}>
              <div id={`${listId}-${kind}`} className="palette-group" role="presentation">
                {groupTitles[kind]}
              </div>
              {group.map((entry, index) => option(entry, first + index))}
            </div>
          );
        })}
      </div>
      <p className="palette-status" role="status">
        {shown.length === 0
          ? 'Nothing matches.'
          : hidden > 0
            ? `${hidden} more results: type to narrow.`
            : `${entries.length} results`}
      </p>
    </dialog>
  );
}
