import * as z from 'zod/mini';

const SLICE_MS = 8;
let sliceStart = 0;
let lastCheck = 0;

/** After a slice of SLICE_MS, lets the browser paint and take input before the next one. */
async function nextSlice(): Promise<void> {
  const now = performance.now();
  // Lists are checked microseconds apart within one parse: a longer gap means a new parse.
  if (now - lastCheck > SLICE_MS) sliceStart = now;
  lastCheck = now;
  if (now - sliceStart < SLICE_MS) return;
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  await (scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve)));
  sliceStart = lastCheck = performance.now();
}

/**
 * A list whose invalid elements are dropped instead of failing the whole response: a newer
 * server may send entry types this console does not know yet. Every element is validated
 * before the response is used, in slices of a few milliseconds with the browser free to paint
 * and take input in between, so a menu of thousands of entries never blocks the page
 * (docs/decisions/021). Asynchronous: parse with `safeParseAsync`, as `apiRequest` does.
 */
export function lenientList<T>(element: z.ZodMiniType<T>) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform(async (list): Promise<T[]> => {
      const valid: T[] = [];
      await nextSlice();
      for (const value of list) {
        await nextSlice();
        const result = await element.safeParseAsync(value);
        if (result.success) valid.push(result.data);
      }
      return valid;
    }),
  );
}
