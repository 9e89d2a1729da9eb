import { memo } from 'react';
import type { OrgSummary } from '../../../api/contract/active-org';
import { useGrowingList } from '../../../lib/use-growing-list';

/** Options rendered per step: 1,000 organizations open with a screenful, the rest follow. */
const STEP = 20;

type OrgOptionListProps = {
  id: string;
  orgs: readonly OrgSummary[];
  currentSlug: string;
  activeIndex: number;
  pendingSlug: string | null;
  roleName: (roleSlug: string | undefined) => string;
  onChoose: (slug: string) => void;
  onHover: (index: number) => void;
  /** Without a search box the list itself takes focus and the keys. */
  focusable: boolean;
  onKeyDown?: ((event: React.KeyboardEvent) => void) | undefined;
  labelledBy: string;
};

export const optionId = (listId: string, slug: string) => `${listId}-${slug}`;

export function OrgOptionList(props: OrgOptionListProps) {
  const { id, orgs, currentSlug, activeIndex, pendingSlug, onChoose, onHover } = props;
  const active = orgs[activeIndex];
  const shown = useGrowingList(orgs, STEP, activeIndex + 1);
  // One handler for every option (the option's index is on it): rows take no function props,
  // so moving the pointer or the keyboard re-renders the two rows whose state changed, not 1,000.
  // Keys reach the listbox or the search box (aria-activedescendant), never an option.
  const indexAt = (target: EventTarget) =>
    Number((target as Element).closest('[data-index]')?.getAttribute('data-index') ?? NaN);
  return (
    <>
      <div
        id={id}
        role="listbox"
        className="switcher-list"
        aria-labelledby={props.labelledBy}
        tabIndex={props.focusable ? 0 : -1}
        aria-activedescendant={active ? optionId(id, active.slug) : undefined}
        onKeyDown={props.onKeyDown}
        onClick={(event) => {
          const chosen = orgs[indexAt(event.target)];
          if (chosen) onChoose(chosen.slug);
        }}
        onMouseMove={(event) => {
          const index = indexAt(event.target);
          if (Number.isInteger(index) && index !== activeIndex) onHover(index);
        }}
      >
        {shown.map((org, index) => (
          <OrgOption
            key={org.slug}
            id={optionId(id, org.slug)}
            index={index}
            name={org.name}
            role={props.roleName(org.roleSlug)}
            active={index === activeIndex}
            current={org.slug === currentSlug}
            pending={org.slug === pendingSlug}
          />
        ))}
      </div>
      {orgs.length === 0 && <p className="switcher-empty">No organization matches.</p>}
    </>
  );
}

type OrgOptionProps = {
  id: string;
  index: number;
  name: string;
  role: string;
  active: boolean;
  current: boolean;
  pending: boolean;
};

const OrgOption = memo(function OrgOption(props: OrgOptionProps) {
  const { current, pending } = props;
  return (
    <div
      id={props.id}
      data-index={props.index}
      role="option"
      tabIndex={-1}
      aria-selected={current}
      aria-disabled={pending || undefined}
      className={`switcher-option${props.active ? ' active' : ''}`}
    >
      <span className="switcher-option-name" title={props.name}>
        {props.name}
      </span>
      <span className="switcher-option-role">{props.role}</span>
      {current && <span className="switcher-option-mark">(current)</span>}
      {pending && <span className="switcher-option-mark">(switching…)</span>}
    </div>
  );
});
