import { memo, useId } from 'react';
import { useGrowingList } from '../../lib/use-growing-list';
import type { NavCategory, NavNode } from './model';
import { NavIcon } from './nav-icon';
import { NavItemLink } from './nav-item-link';
import { useIsExpanded, type ExpandedCategories } from './use-expanded-categories';
import { fullName, oneLine } from '../../lib/short-name';

type ListProps = {
  nodes: NavNode[];
  expanded: ExpandedCategories;
  /** The key of the one entry marked as the current page, if any. */
  currentKey: string | undefined;
};

/** Entries rendered per step: a menu of thousands renders a screenful first, the rest after. */
const STEP = 30;

/** Dividers split the entries into groups, so every list holds only list items. */
function groups(nodes: readonly NavNode[]): Exclude<NavNode, { kind: 'divider' }>[][] {
  const result: Exclude<NavNode, { kind: 'divider' }>[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'divider') result.push([]);
    else result.at(-1)?.push(node);
  }
  return result.filter((group) => group.length > 0);
}

const Category = memo(function Category({
  category,
  expanded,
  currentKey,
}: Omit<ListProps, 'nodes'> & { category: NavCategory }) {
  const listId = useId();
  const open = useIsExpanded(expanded, category);
  return (
    <>
      <span className="nav-row">
        <button
          type="button"
          className="nav-link nav-category"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={fullName(category.label)}
          onClick={() => expanded.toggle(category)}
        >
          <NavIcon name={category.icon} color={category.color} />
          <span className="nav-label" title={category.label}>
            {oneLine(category.label)}
          </span>
          <span className="nav-chevron" aria-hidden="true" />
        </button>
        {category.badge && (
          <span className="nav-badge" title={category.badge}>
            {category.badge}
          </span>
        )}
      </span>
      {/* A closed category's entries are not rendered at all: a huge menu costs what is open. */}
      <div id={listId} className="nav-children" hidden={!open}>
        {open && <NavList nodes={category.children} expanded={expanded} currentKey={currentKey} />}
      </div>
    </>
  );
});

export const NavList = memo(function NavList({ nodes, expanded, currentKey }: ListProps) {
  return groups(useGrowingList(nodes, STEP)).map((group) => (
    <ul key={group[0]?.key} className="nav-group">
      {group.map((node) => (
        <li key={node.key}>
          {node.kind === 'category' ? (
            <Category category={node} expanded={expanded} currentKey={currentKey} />
          ) : (
            <>
              <NavItemLink item={node} current={node.key === currentKey} />
              {node.features.length > 0 && (
                <ul className="nav-features">
                  {node.features.map((feature) => (
                    <li key={feature.key}>
                      <span className="nav-feature-type">
                        {feature.type === 'agent' ? 'Agent' : 'Template'}
                      </span>{' '}
                      <span className="nav-label" title={feature.label}>
                        {oneLine(feature.label)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  ));
});
