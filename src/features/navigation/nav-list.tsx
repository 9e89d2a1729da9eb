import { useId } from 'react';
import type { NavCategory, NavNode } from './model';
import { NavIcon } from './nav-icon';
import { NavItemLink } from './nav-item-link';
import type { ExpandedCategories } from './use-expanded-categories';

/** Dividers split the entries into groups, so every list holds only list items. */
function groups(nodes: NavNode[]): Exclude<NavNode, { kind: 'divider' }>[][] {
  const result: Exclude<NavNode, { kind: 'divider' }>[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'divider') result.push([]);
    else result.at(-1)?.push(node);
  }
  return result.filter((group) => group.length > 0);
}

function Category({ category, expanded }: { category: NavCategory; expanded: ExpandedCategories }) {
  const listId = useId();
  const open = expanded.isExpanded(category);
  return (
    <>
      <span className="nav-row">
        <button
          type="button"
          className="nav-link nav-category"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => expanded.toggle(category)}
        >
          <NavIcon name={category.icon} color={category.color} />
          <span className="nav-label" title={category.label}>
            {category.label}
          </span>
          <span className="nav-chevron" aria-hidden="true" />
        </button>
        {category.badge && (
          <span className="nav-badge" title={category.badge}>
            {category.badge}
          </span>
        )}
      </span>
      <div id={listId} className="nav-children" hidden={!open}>
        <NavList nodes={category.children} expanded={expanded} />
      </div>
    </>
  );
}

export function NavList({ nodes, expanded }: { nodes: NavNode[]; expanded: ExpandedCategories }) {
  return groups(nodes).map((group) => (
    <ul key={group[0]?.key} className="nav-group">
      {group.map((node) => (
        <li key={node.key}>
          {node.kind === 'category' ? (
            <Category category={node} expanded={expanded} />
          ) : (
            <>
              <NavItemLink item={node} />
              {node.features.length > 0 && (
                <ul className="nav-features">
                  {node.features.map((feature) => (
                    <li key={feature.key}>
                      <span className="nav-feature-type">
                        {feature.type === 'agent' ? 'Agent' : 'Template'}
                      </span>{' '}
                      <span className="nav-label" title={feature.label}>
                        {feature.label}
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
}
