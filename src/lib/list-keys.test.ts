import { describe, expect, it } from 'vitest';
import { handleListKey } from './list-keys';

/** Presses `key` on a list of `count` options at `at`: where the active option goes, and what else. */
function press(key: string, at: number, count: number, options = {}) {
  let moved: number | undefined;
  let entered = false;
  let prevented = false;
  const event = { key, preventDefault: () => (prevented = true) };
  const handled = handleListKey(event, {
    activeIndex: at,
    count,
    setActiveIndex: (index) => (moved = index),
    onEnter: () => (entered = true),
    ...options,
  });
  return { handled, moved, entered, prevented };
}

describe('handleListKey', () => {
  it('moves by one and by a page, stopping at the ends', () => {
    expect(press('ArrowDown', 2, 5).moved).toBe(3);
    expect(press('ArrowDown', 4, 5).moved).toBe(4);
    expect(press('ArrowUp', 0, 5).moved).toBe(0);
    expect(press('PageDown', 1, 20).moved).toBe(9);
    expect(press('PageDown', 15, 20).moved).toBe(19);
    expect(press('PageUp', 5, 20).moved).toBe(0);
  });

  it('wraps around the ends when asked', () => {
    expect(press('ArrowDown', 4, 5, { wrap: true }).moved).toBe(0);
    expect(press('ArrowUp', 0, 5, { wrap: true }).moved).toBe(4);
    expect(press('PageDown', 3, 5, { wrap: true }).moved).toBe(4);
  });

  it('answers Home and End only when asked', () => {
    expect(press('End', 1, 5, { ends: true }).moved).toBe(4);
    expect(press('Home', 3, 5, { ends: true }).moved).toBe(0);
    expect(press('End', 1, 5)).toEqual({
      handled: false,
      moved: undefined,
      entered: false,
      prevented: false,
    });
  });

  it('stays on the first place of an empty list', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'PageDown', 'End'])
      expect(press(key, 0, 0, { wrap: true, ends: true }).moved).toBe(0);
  });

  it('chooses on Enter, and leaves other keys alone', () => {
    expect(press('Enter', 2, 5)).toMatchObject({ handled: true, entered: true, prevented: true });
    expect(press('a', 2, 5)).toMatchObject({ handled: false, entered: false, prevented: false });
  });
});
