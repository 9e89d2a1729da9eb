// tsx scripts/with-busy-ports.ts <command…>: runs the command while 5173 and 4173 are taken, as
// they are on a machine where `npm run dev` and `npm run preview` run. The e2e suite must not care.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';

const BUSY = [5173, 4173];

function hold(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer((_req, res) => res.end('another server'));
    server.once('error', () => resolve(null)); // already taken: all the better
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: tsx scripts/with-busy-ports.ts <command…>');
const held = await Promise.all(BUSY.map(hold));
console.log(`Ports ${BUSY.join(' and ')} are taken while: ${[command, ...args].join(' ')}`);
// Not spawnSync: this process must keep answering on the ports it holds.
const child = spawn(command, args, { stdio: 'inherit' });
const status = await new Promise<number>((resolve) =>
  child.on('exit', (code) => resolve(code ?? 1)),
);
await Promise.all(
  held.map((server) => new Promise((resolve) => (server ? server.close(resolve) : resolve(null)))),
);
process.exit(status);
