import {
  useId,
  useMemo,
  useRef,
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { foldForSearch } from '../active-org/switcher/org-search';
import type { CountryOption } from './countries';

type CountryComboboxProps = {
  id: string;
  options: readonly CountryOption[];
  value: string;
  onChange: (code: string) => void;
  readOnly: boolean;
  describedBy: Pick<InputHTMLAttributes<HTMLInputElement>, 'aria-invalid' | 'aria-describedby'>;
};

const NOT_SET: CountryOption = { code: '', name: 'Not set' };

/**
 * A searchable country list (ARIA combobox): type to filter by name or code, arrows to move,
 * Enter to choose, Escape to put the choice back. The input shows the chosen country's name;
 * what is sent stays the ISO code.
 */
export function CountryCombobox({
  id,
  options,
  value,
  onChange,
  readOnly,
  describedBy,
}: CountryComboboxProps) {
  const listId = useId();
  const list = useRef<HTMLDivElement>(null);
  const chosen = options.find((o) => o.code === value) ?? NOT_SET;
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const open = query !== null;
  const matches = useMemo(() => {
    const needle = foldForSearch((query ?? '').trim());
    if (!needle) return [NOT_SET, ...options];
    return options.filter(
      (o) => foldForSearch(o.name).includes(needle) || o.code.toLowerCase() === needle,
    );
  }, [options, query]);
  const optionId = (code: string) => `${listId}-${code || 'none'}`;
  const active = matches[activeIndex];

  function openList() {
    if (readOnly || open) return;
    setQuery('');
    setActiveIndex(Math.max(0, [NOT_SET, ...options].indexOf(chosen)));
  }
  function choose(option: CountryOption | undefined) {
    if (option) onChange(option.code);
    setQuery(null);
  }
  function move(index: number) {
    setActiveIndex(index);
    const element = document.getElementById(optionId(matches[index]?.code ?? ''));
    element?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (readOnly) return;
    const last = matches.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        openList();
        return;
      }
      move(
        event.key === 'ArrowDown' ? Math.min(last, activeIndex + 1) : Math.max(0, activeIndex - 1),
      );
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setQuery(null);
    }
  }

  return (
    <div className="country-combobox">
      <input
        id={id}
        name="country"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active ? optionId(active.code) : undefined}
        autoComplete="off"
        spellCheck={false}
        readOnly={readOnly}
        placeholder={open ? 'Type to search countries' : undefined}
        value={open ? query : chosen.code ? chosen.name : ''}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onClick={openList}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (list.current?.contains(event.relatedTarget)) return;
          // Leaving with a name typed in full chooses it; anything else keeps the choice.
          const typed = foldForSearch((query ?? '').trim());
          const exact = options.find((o) => foldForSearch(o.name) === typed);
          if (exact) onChange(exact.code);
          setQuery(null);
        }}
        {...describedBy}
      />
      <span className="country-combobox-chevron" aria-hidden="true" />
      <div
        ref={list}
        id={listId}
        role="listbox"
        aria-label="Countries"
        className="country-combobox-list"
        hidden={!open}
      >
        {open &&
          matches.map((option, index) => (
            // Keyboard use goes through the input (aria-activedescendant).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={option.code || 'none'}
              id={optionId(option.code)}
              role="option"
              tabIndex={-1}
              aria-selected={option.code === value}
              className={index === activeIndex ? 'country-option active' : 'country-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.name}
              {option.code && <span className="country-option-code">{option.code}</span>}
            </div>
          ))}
        {open && matches.length === 0 && (
          <p className="country-combobox-empty">No country matches.</p>
        )}
      </div>
    </div>
  );
}
