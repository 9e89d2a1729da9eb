import { describe, expect, it } from 'vitest';
import { summarize, table } from './stats';

describe('bench statistics', () => {
  it('takes min, median and max, leaving out runs with nothing reported', () => {
    expect(summarize([30, 10, NaN, 20], 'ms')).toEqual({
      min: 10,
      median: 20,
      max: 30,
      runs: 3,
      unit: 'ms',
    });
    expect(summarize([4, 1, 3, 2], 'ms').median).toBe(2.5);
  });

  it('sets each median beside a baseline with the ratio', () => {
    const now = { date: '', machine: '', figures: { switch: summarize([50], 'ms') } };
    const before = { date: '', machine: '', figures: { switch: summarize([100], 'ms') } };
    expect(table(now, before)).toMatch(/switch\s+1\s+50 ms\s+50 ms\s+50 ms\s+100 ms\s+0\.50×/);
  });
});
