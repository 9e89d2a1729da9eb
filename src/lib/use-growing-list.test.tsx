import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useGrowingList } from './use-growing-list';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

/** Renders the list and notes how many items each commit showed. */
function List({
  items,
  atLeast,
  commits,
}: {
  items: number[];
  atLeast?: number;
  commits: number[];
}) {
  const shown = useGrowingList(items, 10, atLeast);
  useEffect(() => {
    commits.push(shown.length);
  });
  return (
    <ul>
      {shown.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

describe('useGrowingList', () => {
  it('commits a first step, then grows a step per commit until every item is there', () => {
    const commits: number[] = [];
    render(<List items={numbers(35)} commits={commits} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(35);
    expect(commits).toEqual([10, 20, 30, 35]);
  });

  it('shows a short list at once, and starts over with new items', () => {
    const commits: number[] = [];
    const view = render(<List items={numbers(4)} commits={commits} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    view.rerender(<List items={numbers(25)} commits={commits} />);
    expect(commits).toEqual([4, 10, 20, 25]);
  });

  it('always renders up to the item asked for', () => {
    const commits: number[] = [];
    render(<List items={numbers(100)} atLeast={60} commits={commits} />);
    expect(commits[0]).toBe(60);
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
  });
});
