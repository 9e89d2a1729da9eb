import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { NavItem } from './model';
import { NavIcon } from './nav-icon';
import { fullName, oneLine } from '../../lib/short-name';

function hint(item: NavItem): string | undefined {
  const { kind, newTab } = item.target;
  if (kind === 'external') return newTab ? 'External site, opens in a new tab' : 'External site';
  return newTab ? 'Opens in a new tab' : undefined;
}

/**
 * An item as a link named by its label alone; the badge and "opens in a new tab" are its
 * description, so QA and screen readers find it by the label the config gives.
 */
export const NavItemLink = memo(function NavItemLink({
  item,
  className = 'nav-link',
  current = false,
}: {
  item: NavItem;
  className?: string;
  /** The one entry of its menu marked as the current page (see currentEntryKey). */
  current?: boolean;
}) {
  const badgeId = useId();
  const hintId = useId();
  const hintText = hint(item);
  const describedBy = [item.badge && badgeId, hintText && hintId].filter(Boolean).join(' ');
  const { target } = item;
  const content = (
    <>
      <NavIcon name={item.icon} color={item.color} />
      <span className="nav-label" title={item.label}>
        {oneLine(item.label)}
      </span>
      {hintText && (
        <span className="nav-external" aria-hidden="true">
          ↗
        </span>
      )}
    </>
  );
  const common = {
    className,
    'aria-label': fullName(item.label),
    'aria-describedby': describedBy || undefined,
    target: target.newTab ? '_blank' : undefined,
    rel: target.newTab || target.kind === 'external' ? 'noopener noreferrer' : undefined,
  };
  return (
    <span className="nav-row">
      {target.kind === 'internal' ? (
        <Link to={target.to} aria-current={current ? 'page' : undefined} {...common}>
          {content}
        </Link>
      ) : (
        <a href={target.href} {...common}>
          {content}
        </a>
      )}
      {item.badge && (
        <span id={badgeId} className="nav-badge" title={item.badge}>
          {item.badge}
        </span>
      )}
      {hintText && (
        <span id={hintId} hidden>
          {hintText}
        </span>
      )}
    </span>
  );
});
