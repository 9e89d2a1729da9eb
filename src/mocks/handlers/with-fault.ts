import { delay, HttpResponse } from 'msw';
import { DOCUMENTED_ORGANIZATION_ERRORS } from '../documented';
import type { FaultEndpoint, Faults } from '../faults';
import { defaultMessage, errorResponse } from './respond';

export type MockSettings = { latencyMs: number };

const PROXY_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** Adds the configured latency and applies a fault armed for this endpoint, if any. */
export function withFault(faults: Faults, settings: MockSettings, endpoint: FaultEndpoint) {
  return async (answer: () => Promise<Response>): Promise<Response> => {
    const fault = faults.take(endpoint);
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
    switch (fault?.type) {
      case undefined:
        return answer();
      case 'status':
        return errorResponse(
          fault.status,
          fault.message ?? defaultMessage(fault.status),
          fault.envelope,
        );
      case 'documented':
        return HttpResponse.json(DOCUMENTED_ORGANIZATION_ERRORS[fault.status], {
          status: fault.status,
        });
      case 'html':
        return new HttpResponse(PROXY_PAGE, {
          status: fault.status,
          headers: { 'Content-Type': 'text/html' },
        });
      case 'malformed':
        return new HttpResponse('{"org": {"slug": "acme", "name": ', {
          headers: { 'Content-Type': 'application/json' },
        });
      case 'schema':
        return HttpResponse.json({ org: { slug: 42 }, data: 'unexpected' });
      case 'network':
        return HttpResponse.error();
      case 'delay':
        await delay(fault.ms);
        return answer();
    }
  };
}
