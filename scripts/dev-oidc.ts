// `npm run dev:oidc`: the dev server on the in-page mock, signing in through the test OpenID
// provider (scripts/test-oidc-provider.ts) as a real deployment would.
import { spawn } from 'node:child_process';

const devPort = Number(process.env.DEV_PORT ?? 5173);
const oidcPort = Number(process.env.OIDC_PORT ?? 4830);
const audience = 'urn:org-console:api';

const children = [
  spawn('npx', ['tsx', 'scripts/test-oidc-provider.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      OIDC_PORT: String(oidcPort),
      OIDC_AUDIENCE: audience,
      OIDC_APP_ORIGINS: `http://127.0.0.1:${devPort}`,
    },
  }),
  spawn('npx', ['vite', '--port', String(devPort)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      VITE_API_MOCKING: 'on',
      VITE_AUTH_MODE: 'oidc',
      VITE_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
      VITE_OIDC_CLIENT_ID: 'org-console',
      VITE_OIDC_AUDIENCE: audience,
    },
  }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const child of children) child.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
