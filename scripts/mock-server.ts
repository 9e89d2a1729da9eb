import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';

const port = Number(process.env.MOCK_PORT ?? 4010);
const latencyMs = Number(process.env.MOCK_LATENCY_MS ?? 0);
// With an OpenID provider, its access tokens are accepted beside the personas' tokens.
const issuer = process.env.MOCK_OIDC_ISSUER;
const audience = process.env.MOCK_OIDC_AUDIENCE ?? 'urn:org-console:api';

const server = createMockHttpServer(
  createMockBackend({ latencyMs, oidc: issuer ? { issuer, audience } : undefined }),
);
server.listen(port, '127.0.0.1', () => {
  const oidc = issuer ? `, access tokens of ${issuer}` : '';
  console.log(`Mock backend on http://127.0.0.1:${port} (latency ${latencyMs} ms${oidc})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
