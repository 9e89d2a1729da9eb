import { describe, expect, it } from 'vitest';
import { compareFigure, goalsTable, readResults, summarize, table, type Results } from './stats';

const results = (figures: Results['figures']): Results => ({ date: '', machine: '', figures });

describe('bench statistics', () => {
  it('takes min, median, max and the median absolute deviation, leaving out runs with nothing reported', () => {
    expect(summarize([30, 10, NaN, 20], 'ms')).toEqual({
      min: 10,
      median: 20,
      max: 30,
      mad: 10,
      runs: 3,
      unit: 'ms',
    });
    expect(summarize([4, 1, 3, 2], 'ms').median).toBe(2.5);
    // One outlier barely moves the noise estimate.
    expect(summarize([10, 11, 10, 12, 400], 'ms').mad).toBe(1);
  });

  it('summarizes no runs at all as an empty figure', () => {
    expect(summarize([NaN, NaN], 'ms')).toMatchObject({ runs: 0, median: NaN, mad: NaN });
    expect(summarize([], 'ms').runs).toBe(0);
  });

  it('reads back a results file whose empty figures JSON wrote as null', () => {
    const written = JSON.stringify(results({ fcp: summarize([NaN], 'ms') }));
    expect(written).toContain('null');
    expect(readResults(written).figures.fcp).toMatchObject({ median: NaN, runs: 0, unit: 'ms' });
    expect(readResults('{}').figures).toEqual({});
  });
});

describe('bench comparison', () => {
  it('marks a regression beyond noise, and not a change within it', () => {
    const before = summarize([100, 102, 98, 101, 99], 'ms');
    expect(compareFigure(summarize([150, 152, 149], 'ms'), before).verdict).toBe('slower');
    expect(compareFigure(summarize([103, 104, 102], 'ms'), before).verdict).toBe('same');
    expect(compareFigure(summarize([60, 61, 59], 'ms'), before).verdict).toBe('faster');
  });

  it('counts a noisy baseline as noise: its spread widens what counts as a change', () => {
    const noisy = summarize([60, 100, 140, 100, 100, 60, 140], 'ms');
    expect(compareFigure(summarize([130], 'ms'), noisy).verdict).toBe('same');
    expect(compareFigure(summarize([200], 'ms'), noisy).verdict).toBe('slower');
  });

  it('reads a lower score as a regression', () => {
    expect(compareFigure(summarize([80], 'score'), summarize([98], 'score')).verdict).toBe(
      'slower',
    );
    expect(compareFigure(summarize([99], 'score'), summarize([80], 'score')).verdict).toBe(
      'faster',
    );
  });

  it('never crashes on empty or missing figures, and says there is no figure', () => {
    const now = results({ fcp: summarize([NaN], 'ms'), lcp: summarize([50], 'ms') });
    const before = readResults(
      JSON.stringify(results({ fcp: summarize([20], 'ms'), lcp: summarize([NaN], 'ms') })),
    );
    expect(compareFigure(now.figures.fcp, before.figures.fcp).verdict).toBe('no figure');
    expect(compareFigure(now.figures.lcp, undefined).verdict).toBe('no figure');
    const printed = table(now, before);
    expect(printed).toMatch(/fcp\s+0\s+—\s+—\s+—\s+20 ms\s+—/);
    expect(printed).toMatch(/lcp\s+1\s+50 ms\s+50 ms\s+50 ms\s+—\s+—/);
  });

  it('calls no change a regression when the table cannot show it', () => {
    const now = results({ cls: summarize([0.001], 'CLS'), tbt: summarize([3], 'ms') });
    const before = results({ cls: summarize([0], 'CLS'), tbt: summarize([0], 'ms') });
    expect(compareFigure(now.figures.cls, before.figures.cls).verdict).toBe('same');
    expect(compareFigure(now.figures.tbt, before.figures.tbt).verdict).toBe('slower');
  });

  it('sets each median beside a baseline with the ratio and the verdict', () => {
    const now = results({ switch: summarize([50], 'ms') });
    const before = results({ switch: summarize([100], 'ms') });
    expect(table(now, before)).toMatch(
      /switch\s+1\s+50 ms\s+50 ms\s+50 ms\s+100 ms\s+0\.50×\s+better/,
    );
    expect(table(before, now)).toMatch(/2\.00×\s+REGRESSION/);
  });

  it('says for each goal whether it is met, beside the previous run', () => {
    const now = results({ js: summarize([108], 'KiB'), score: summarize([96], 'score') });
    const previous = results({ js: summarize([124.4], 'KiB') });
    const printed = goalsTable(
      [
        { figure: 'js', goal: 110 },
        { figure: 'score', goal: 98 },
        { figure: 'missing', goal: 1 },
      ],
      now,
      previous,
    );
    expect(printed).toMatch(/js\s+≤ 110\.0 KiB\s+108\.0 KiB\s+124\.4 KiB\s+met/);
    expect(printed).toMatch(/score\s+≥ 98\.0 score\s+96\.0 score\s+—\s+NOT MET/);
    expect(printed).toMatch(/missing\s+≤ 1\s+—\s+—\s+no figure/);
  });

  it('holds a "worst run" goal against the slowest run, not the median', () => {
    const now = results({ task: summarize([60, 80, 140], 'ms') });
    expect(goalsTable([{ figure: 'task', goal: 100 }], now)).toMatch(
      /task\s+≤ 100 ms\s+80 ms\s+—\s+met/,
    );
    expect(goalsTable([{ figure: 'task', goal: 100, worst: true }], now)).toMatch(
      /task \(worst run\)\s+≤ 100 ms\s+140 ms\s+—\s+NOT MET/,
    );
  });
});
