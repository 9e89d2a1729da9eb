/**
 * Marks the benchmark (npm run bench) reads: set after the browser has painted the frame,
 * named after what the user sees, with the org slug as detail.
 */
export type PerformanceMarkName = 'org-console:org-shown' | 'org-console:menu-painted';

export function markAfterPaint(name: PerformanceMarkName, slug: string): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      // Only the latest of each is needed: the buffer must not grow with every switch.
      performance.clearMarks(name);
      performance.mark(name, { detail: slug });
    }, 0);
  });
}
