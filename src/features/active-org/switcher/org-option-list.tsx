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
  const { id, orgs, currentSlug, activeIndex, pendingSlug } = props;
  const active = orgs[activeIndex];
  const shown = useGrowingList(orgs, STEP, activeIndex + 1);
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
      >
        {shown.map((org, index) => {
          const current = org.slug === currentSlug;
          const pending = org.slug === pendingSlug;
          return (
            // Keyboard use goes through the listbox or search box (aria-activedescendant).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={org.slug}
              id={optionId(id, org.slug)}
              role="option"
              tabIndex={-1}
              aria-selected={current}
              aria-disabled={pending || undefined}
              className={`switcher-option${index === activeIndex ? ' active' : ''}`}
              onClick={() => props.onChoose(org.slug)}
              onMouseMove={() => index !== activeIndex && props.onHover(index)}
            >
              <span className="switcher-option-name" title={org.name}>
                {org.name}
              </span>
              <span className="switcher-option-role">{props.roleName(org.roleSlug)}</span>
              {current && <span className="switcher-option-mark">(current)</span>}
              {pending && <span className="switcher-option-mark">(switching…)</span>}
            </div>
          );
        })}
      </div>
      {orgs.length === 0 && <p className="switcher-empty">No organization matches.</p>}
    </>
  );
}
