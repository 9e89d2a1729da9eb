import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

// Probes in a child process so that Playwright's synchronous config can ask: for each port,
// 0 → a free port the OS picks; N → N if it is free, else null.
const PROBE = `
const { createServer } = require('node:net');
const probe = (port) => new Promise((resolve) => {
  const server = createServer();
  server.once('error', () => resolve(null));
  server.listen(port, '127.0.0.1', () => { const got = server.address().port; server.close(() => resolve(got)); });
});
Promise.all(process.argv.slice(1).map(Number).map(probe)).then((r) => process.stdout.write(JSON.stringify(r)));
`;

/** Synchronously: a free port on 127.0.0.1 (`wanted` 0), or `wanted` itself when free, else null. */
export function probePortSync(wanted: number): number | null {
  const out = execFileSync(process.execPath, ['-e', PROBE, String(wanted)], { encoding: 'utf8' });
  return (JSON.parse(out) as (number | null)[])[0] ?? null;
}

/** The same, asynchronously, for scripts that can wait (the benchmark). */
export function probePort(wanted: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(wanted, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : null));
    });
  });
}

export class PortInUseError extends Error {
  constructor(server: string, port: number, hint: string) {
    super(`${server}: port ${port} on 127.0.0.1 is already in use. ${hint}`);
    this.name = 'PortInUseError';
  }
}

/**
 * The port a server listens on: `env[variable]` when set (it must be free), else a free one.
 * `server` names it in the error; `hint` says how to choose another.
 */
export async function serverPort(
  server: string,
  variable: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const wanted = Number(env[variable] ?? 0);
  const port = await probePort(wanted);
  if (port === null)
    throw new PortInUseError(server, wanted, `Set ${variable} to a free port, or leave it unset.`);
  return port;
}
