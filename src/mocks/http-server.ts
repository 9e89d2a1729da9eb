import { createServer, type IncomingMessage } from 'node:http';
import { getResponse } from 'msw';
import type { MockBackend } from './backend';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, X-API-Key, Content-Type',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Max-Age': '600',
};

/** The mock backend's handlers as a real HTTP server (for Playwright, the benchmark and curl). */
export function createMockHttpServer(backend: MockBackend) {
  return createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return;
      }
      const response = await getResponse(backend.handlers, await toRequest(req));
      if (!response) {
        res.writeHead(404, { ...CORS, 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ success: false, data: null, message: 'No such endpoint' }));
        return;
      }
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      const headers = Object.fromEntries(response.headers);
      res.writeHead(response.status, { ...CORS, ...headers });
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      console.error('mock server:', error);
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end();
    });
  });
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? null : Buffer.concat(chunks),
  });
}
