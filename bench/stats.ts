export type Summary = {
  min: number;
  median: number;
  max: number;
  /** Median absolute deviation: the run-to-run noise, robust to one outlier. */
  mad: number;
  runs: number;
  unit: string;
};
export type Results = {
  date: string;
  machine: string;
  /** What else ran on the machine (load average at the start and end): figures are noisier under load. */
  load?: string;
  figures: Record<string, Summary>;
};

const median = (sorted: number[]) => {
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Runs where the browser reported nothing (NaN) are left out, and `runs` says how many count. */
export function summarize(values: number[], unit: string): Summary {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const mid = median(sorted);
  const mad = median(sorted.map((value) => Math.abs(value - mid)).sort((a, b) => a - b));
  return {
    min: sorted[0] ?? NaN,
    median: mid,
    max: sorted.at(-1) ?? NaN,
    mad,
    runs: sorted.length,
    unit,
  };
}

/** A results file as written (JSON has no NaN: it wrote null), with every number a number again. */
export function readResults(json: string): Results {
  const raw = JSON.parse(json) as Partial<Record<keyof Results, unknown>>;
  const num = (value: unknown) => (typeof value === 'number' ? value : NaN);
  const figures: Record<string, Summary> = {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  for (const [name, s] of Object.entries(raw.figures ?? {}) as [string, unknown][]) {
    const f = (s ?? {}) as Partial<Record<keyof Summary, unknown>>;
    figures[name] = {
      min: num(f.min),
      median: num(f.median),
      max: num(f.max),
      mad: num(f.mad),
      runs: num(f.runs),
      unit: text(f.unit),
    };
  }
  return { date: text(raw.date), machine: text(raw.machine), figures };
}

/** Scores are better higher; times, bytes and counts lower. */
export const higherIsBetter = (unit: string) => unit === 'score';

export type Verdict = 'slower' | 'faster' | 'same' | 'no figure';

/** Decimals the table prints a value with. */
const decimals = (value: number, unit: string) =>
  ['KiB', 'x', 'MiB', 'score'].includes(unit) || value < 1 ? 1 : 0;

const format = (value: number | undefined, unit: string) =>
  value === undefined || !Number.isFinite(value)
    ? '—'
    : `${value.toFixed(decimals(value, unit))} ${unit}`;

/**
 * `now` against `before`: a change counts only beyond the noise, which is twice the larger MAD of
 * the two, at least 5% (1% for bytes, which do not vary run to run), and at least one step of the
 * table's precision (a CLS of 0 → 0.001 prints as 0.0 → 0.0 and is no regression).
 */
export function compareFigure(now: Summary | undefined, before: Summary | undefined) {
  if (!now || !before || !Number.isFinite(now.median) || !Number.isFinite(before.median))
    return { ratio: NaN, verdict: 'no figure' as Verdict };
  const floor = Math.abs(before.median) * (now.unit === 'KiB' ? 0.01 : 0.05);
  const spread = (s: Summary) => (Number.isFinite(s.mad) ? s.mad : 0);
  const step = 10 ** -decimals(Math.max(now.median, before.median), now.unit);
  const noise = Math.max(floor, step, 2 * Math.max(spread(now), spread(before)));
  const delta = now.median - before.median;
  const ratio = before.median ? now.median / before.median : NaN;
  if (Math.abs(delta) <= noise) return { ratio, verdict: 'same' as Verdict };
  const worse = higherIsBetter(now.unit) ? delta < 0 : delta > 0;
  return { ratio, verdict: (worse ? 'slower' : 'faster') as Verdict };
}

const MARKS: Record<Verdict, string> = {
  slower: 'REGRESSION',
  faster: 'better',
  same: '',
  'no figure': '',
};

/** A table of every figure; with `baseline`, each median beside the earlier one, the ratio and a verdict. */
export function table(results: Results, baseline?: Results): string {
  const rows = Object.entries(results.figures).map(([name, s]) => {
    const cells = [
      name,
      String(s.runs),
      format(s.min, s.unit),
      format(s.median, s.unit),
      format(s.max, s.unit),
    ];
    if (baseline) {
      const before = baseline.figures[name];
      const { ratio, verdict } = compareFigure(s, before);
      cells.push(format(before?.median, before?.unit ?? s.unit));
      cells.push(Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—');
      cells.push(MARKS[verdict]);
    }
    return cells;
  });
  const header = [
    'figure',
    'runs',
    'min',
    'median',
    'max',
    ...(baseline ? ['baseline median', 'ratio', 'beyond noise'] : []),
  ];
  return layout(header, rows);
}

export function layout(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A goal on a figure's median, or on its worst run (`worst`: "no task over 100 ms"). */
export type Goal = { figure: string; goal: number; worst?: boolean };

/** Each goal: the figure now, the previous run's, and whether it is met. */
export function goalsTable(goals: Goal[], results: Results, previous?: Results): string {
  const rows = goals.map(({ figure, goal, worst = false }) => {
    const now = results.figures[figure];
    const unit = now?.unit ?? '';
    const higher = higherIsBetter(unit);
    const of = (summary: Summary | undefined) =>
      worst ? (higher ? summary?.min : summary?.max) : summary?.median;
    const value = of(now);
    const met =
      value !== undefined && Number.isFinite(value)
        ? higher
          ? value >= goal
          : value <= goal
        : undefined;
    return [
      worst ? `${figure} (worst run)` : figure,
      `${higher ? '≥' : '≤'} ${format(goal, unit)}`,
      format(value, unit),
      format(of(previous?.figures[figure]), unit),
      met === undefined ? 'no figure' : met ? 'met' : 'NOT MET',
    ];
  });
  return layout(['goal figure', 'goal', 'now', 'previous run', ''], rows);
}
