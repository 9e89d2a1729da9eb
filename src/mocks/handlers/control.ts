import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import type { MockDb } from '../db';
import { FaultRequestSchema, type Faults } from '../faults';
import { readJsonBody } from './respond';
import type { MockSettings } from './with-fault';

const LatencySchema = z.object({ ms: z.number().check(z.int(), z.nonnegative()) });

/** Endpoints for development and QA: reset the db, inject faults, set latency. Mock only. */
export function controlHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  const invalid = (message: string) => HttpResponse.json({ message }, { status: 400 });
  return [
    http.post('*/__mock/reset', () => {
      db.reset();
      faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__mock/faults', async ({ request }) => {
      const parsed = FaultRequestSchema.safeParse(await readJsonBody(request));
      if (!parsed.success) return invalid(z.prettifyError(parsed.error));
      faults.set(parsed.data);
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('*/__mock/faults', () => {
      faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    http.put('*/__mock/latency', async ({ request }) => {
      const parsed = LatencySchema.safeParse(await readJsonBody(request));
      if (!parsed.success) return invalid(z.prettifyError(parsed.error));
      settings.latencyMs = parsed.data.ms;
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete<{ slug: string }>('*/__mock/orgs/:slug', ({ params }) => {
      db.removeOrg(params.slug);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
