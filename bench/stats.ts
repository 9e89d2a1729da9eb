export type Summary = { min: number; median: number; max: number; runs: number; unit: string };
export type Results = {
  date: string;
  machine: string;
  figures: Record<string, Summary>;
};

/** Runs where the browser reported nothing (NaN) are left out, and `runs` says how many count. */
export function summarize(values: number[], unit: string): Summary {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { min: sorted[0] ?? NaN, median, max: sorted.at(-1) ?? NaN, runs: sorted.length, unit };
}

const format = (value: number, unit: string) =>
  Number.isNaN(value) ? '—' : `${value.toFixed(unit === 'KiB' || unit === 'x' ? 1 : 0)} ${unit}`;

/** A table of every figure; with `baseline`, each median beside the earlier one and the ratio. */
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
      cells.push(before ? format(before.median, before.unit) : '—');
      cells.push(before && before.median ? `${(s.median / before.median).toFixed(2)}×` : '—');
    }
    return cells;
  });
  const header = [
    'figure',
    'runs',
    'min',
    'median',
    'max',
    ...(baseline ? ['baseline median', 'ratio'] : []),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
