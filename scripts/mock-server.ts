import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';

const port = Number(process.env.MOCK_PORT ?? 4010);
const latencyMs = Number(process.env.MOCK_LATENCY_MS ?? 0);

const server = createMockHttpServer(createMockBackend({ latencyMs }));
server.listen(port, '127.0.0.1', () => {
  console.log(`Mock backend on http://127.0.0.1:${port} (latency ${latencyMs} ms)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
