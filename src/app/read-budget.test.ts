import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { apiRequest } from '../api/client';
import { setCredential } from '../api/credential';
import { config } from '../config';
import { mockServer } from '../mocks/node';
import { createQueryClient, readRetryDelay, shouldRetryRead } from './query-client';

const url = `${config.apiBaseUrl}/thing`;
const Thing = z.object({ id: z.string() });
const BUDGET = 4000;
let attempts = 0;

/**
 * A read, with the clock run until it settles. The clock is a fake one (setTimeout and Date):
 * the retry pauses, the server's delays and the budget's deadline all take their full time on
 * it, in order, and no time on the wall.
 */
function read() {
  const client = createQueryClient();
  const started = Date.now();
  const result = client.query({
    queryKey: ['thing'],
    queryFn: ({ signal }) => apiRequest({ path: '/thing', schema: Thing, signal }),
  });
  let settled = false;
  result.then(
    () => (settled = true),
    () => (settled = true),
  );
  // What is under way without a timer (the mock server answering) goes before the next timer.
  const letOthersRun = () => new Promise((resolve) => setImmediate(resolve));
  const run = async () => {
    await letOthersRun();
    while (!settled) {
      await vi.advanceTimersToNextTimerAsync();
      await letOthersRun();
    }
  };
  return { client, result: run().then(() => result), elapsed: () => Date.now() - started };
}

beforeEach(() => {
  attempts = 0;
  config.timeoutMs = BUDGET;
  setCredential('mock-olivia-token');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // The platform's timeout signal runs on its own clock: the same signal, on the fake one.
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
    return controller.signal;
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the retry budget of a read', () => {
  it('retries a failing server and succeeds within the budget', async () => {
    mockServer.use(
      http.get(url, () => {
        attempts += 1;
        return attempts < 3
          ? HttpResponse.json({ message: 'Unavailable' }, { status: 503 })
          : HttpResponse.json({ id: 'ok' });
      }),
    );
    const { result, elapsed } = read();
    await expect(result).resolves.toEqual({ id: 'ok' });
    expect(attempts).toBe(3);
    expect(elapsed()).toBeLessThan(BUDGET);
  });

  it('a server that never answers is waited for once, for the whole budget, not once per retry', async () => {
    mockServer.use(
      http.get(url, async () => {
        attempts += 1;
        await delay('infinite');
        return HttpResponse.json({ id: 'late' });
      }),
    );
    const { result, elapsed } = read();
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('timeout');
    expect((error as ApiError).message).toBe(
      'The server did not answer within 4 seconds. Try again.',
    );
    expect(attempts).toBe(1);
    expect(elapsed()).toBeLessThan(BUDGET + 500);
  });

  it('a slow failure leaves no room for a retry, and the total stays within the budget', async () => {
    mockServer.use(
      http.get(url, async () => {
        attempts += 1;
        await delay(3000);
        return HttpResponse.json({ message: 'Unavailable' }, { status: 503 });
      }),
    );
    const { result, elapsed } = read();
    await expect(result).rejects.toThrow('(503)');
    // A 3 s answer: a 0.5 s pause and a second attempt would not fit in the 1 s left.
    expect(attempts).toBe(1);
    expect(elapsed()).toBeLessThan(BUDGET);
  });

  it('retries only transient failures, and only what fits in the time left', () => {
    const failure = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);
    const unavailable = { kind: 'http', status: 503, message: 'x' } as const;
    expect(shouldRetryRead(0, failure({ ...unavailable, timeLeftMs: 4000 }))).toBe(true);
    expect(shouldRetryRead(1, failure({ ...unavailable, timeLeftMs: 4000 }))).toBe(true);
    expect(shouldRetryRead(2, failure({ ...unavailable, timeLeftMs: 4000 }))).toBe(false);
    expect(shouldRetryRead(0, failure({ ...unavailable, timeLeftMs: readRetryDelay(0) }))).toBe(
      false,
    );
    expect(shouldRetryRead(0, failure({ kind: 'network', message: 'x', timeLeftMs: 4000 }))).toBe(
      true,
    );
    expect(shouldRetryRead(0, failure({ kind: 'timeout', message: 'x', timeLeftMs: 0 }))).toBe(
      false,
    );
    expect(shouldRetryRead(0, failure({ kind: 'http', status: 404, message: 'x' }))).toBe(false);
    expect(shouldRetryRead(0, new Error('x'))).toBe(false);
  });
});
