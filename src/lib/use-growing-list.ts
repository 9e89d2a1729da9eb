import { startTransition, useEffect, useState } from 'react';

/**
 * The part of `items` to render: the first `step` at once, then `step` more per render until all
 * are there, each as a transition of its own: a list of thousands is never rendered, styled and
 * laid out in one long task (docs/decisions/021). A new `items` starts over; `atLeast` (the
 * keyboard's active option) is always rendered.
 */
export function useGrowingList<T>(items: readonly T[], step: number, atLeast = 0): readonly T[] {
  const [grown, setGrown] = useState({ items, count: step });
  let count = grown.count;
  if (grown.items !== items) {
    count = step;
    setGrown({ items, count });
  }
  useEffect(() => {
    if (count >= items.length) return;
    startTransition(() => setGrown((last) => ({ ...last, count: last.count + step })));
  }, [count, items, step]);
  const shown = Math.max(count, atLeast);
  return shown >= items.length ? items : items.slice(0, shown);
}
