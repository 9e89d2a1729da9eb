/** How far Page Up and Page Down move. */
const PAGE = 8;

type ListKeys = {
  activeIndex: number;
  count: number;
  setActiveIndex: (index: number) => void;
  onEnter: () => void;
  /** ArrowDown on the last option goes to the first, ArrowUp on the first to the last. */
  wrap?: boolean;
  /** Home and End go to the first and the last option. */
  ends?: boolean;
};

/**
 * The keys of a list whose active option is marked while focus stays put (a search box with
 * aria-activedescendant): arrows and Page Up/Down move it, Enter chooses it.
 * Returns whether the key was one of these.
 */
export function handleListKey(
  event: { key: string; preventDefault: () => void },
  keys: ListKeys,
): boolean {
  const { activeIndex: at, count, wrap = false, ends = false } = keys;
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: wrap && at >= last ? 0 : Math.min(last, at + 1),
    ArrowUp: wrap && at <= 0 ? last : Math.max(0, at - 1),
    PageDown: Math.min(last, at + PAGE),
    PageUp: Math.max(0, at - PAGE),
    ...(ends && { Home: 0, End: last }),
  };
  const move = moves[event.key];
  if (move !== undefined) {
    event.preventDefault();
    keys.setActiveIndex(Math.max(0, move));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    keys.onEnter();
  } else return false;
  return true;
}
