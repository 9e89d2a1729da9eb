import { PortInUseError, probePortSync } from '../scripts/lib/ports';

const PICKED = 'E2E_PORTS_PICKED';
const inWorker = process.env.TEST_WORKER_INDEX !== undefined;

/**
 * The port of a server the e2e suite starts: `variable` (E2E_…_PORT) when set, else `fallback`
 * when given, else a free one. Playwright's runner picks it once and keeps it in its environment,
 * so its workers and the servers' commands see the same port. A port that is taken fails at once,
 * naming the server. Adding a server is one line: `e2ePort('E2E_OIDC_PORT', 'OIDC provider')`.
 */
export function e2ePort(variable: string, server: string, fallback = 0): number {
  const picked = (process.env[PICKED] ?? '').split(',').filter(Boolean);
  const given = process.env[variable];
  if (picked.includes(variable) || inWorker) return Number(given ?? fallback);
  const baked = variable === 'E2E_MOCK_PORT' || variable === 'E2E_OIDC_PORT';
  const wanted = given ? Number(given) : fallback;
  const port = probePortSync(wanted);
  if (port === null) {
    throw new PortInUseError(
      server,
      wanted,
      given
        ? `Set ${variable} to a free port, or unset it to get one.`
        : `Set ${variable} to a free port${baked ? ' and copy the e2e dists again (their config.json names this port: npx tsx scripts/e2e-dists.ts)' : ''}.`,
    );
  }
  process.env[variable] = String(port);
  process.env[PICKED] = [...picked, variable].join(',');
  return port;
}

/** The mock HTTP server's port is in the e2e dists' config.json: 4010 unless E2E_MOCK_PORT says. */
export const mockPort = () => e2ePort('E2E_MOCK_PORT', 'e2e mock HTTP server', 4010);

export const E2E_PROFILES = ['aitronos', 'slugbase', 'dual'] as const;
export type E2eProfile = (typeof E2E_PROFILES)[number];

/** `vite preview` of dist-e2e: E2E_PREVIEW_PORT, else free. */
export const previewPort = () => e2ePort('E2E_PREVIEW_PORT', 'vite preview of dist-e2e');

/** Each profile's preview: E2E_PREVIEW_PORT + 1, 2, 3 when that is set (as before), else free. */
export function profilePreviewPort(profile: E2eProfile): number {
  const variable = `E2E_PREVIEW_PORT_${profile.toUpperCase()}`;
  const base = process.env.E2E_PREVIEW_PORT;
  if (base && !process.env[variable])
    process.env[variable] = String(Number(base) + 1 + E2E_PROFILES.indexOf(profile));
  return e2ePort(variable, `vite preview of dist-e2e-${profile}`);
}

/** The test OpenID provider's port is in dist-e2e-oidc/config.json (its issuer): 4830 unless E2E_OIDC_PORT says. */
export const oidcProviderPort = () => e2ePort('E2E_OIDC_PORT', 'e2e OpenID provider', 4830);

/** `vite preview` of dist-e2e-oidc: E2E_PREVIEW_PORT + 4 when that is set (as before), else free. */
export function oidcPreviewPort(): number {
  const base = process.env.E2E_PREVIEW_PORT;
  if (base && !process.env.E2E_PREVIEW_PORT_OIDC)
    process.env.E2E_PREVIEW_PORT_OIDC = String(Number(base) + 4);
  return e2ePort('E2E_PREVIEW_PORT_OIDC', 'vite preview of dist-e2e-oidc');
}

/** `vite preview` of the demo build (dist-demo, VITE_API_MOCKING=on): E2E_PREVIEW_PORT + 5 when that is set, else free. */
export function demoPreviewPort(): number {
  const base = process.env.E2E_PREVIEW_PORT;
  if (base && !process.env.E2E_PREVIEW_PORT_DEMO)
    process.env.E2E_PREVIEW_PORT_DEMO = String(Number(base) + 5);
  return e2ePort('E2E_PREVIEW_PORT_DEMO', 'vite preview of dist-demo');
}

/** nginx serving dist-e2e-nginx with deploy/'s configuration: E2E_NGINX_PORT, else free. */
export const nginxPort = () => e2ePort('E2E_NGINX_PORT', 'nginx serving dist-e2e-nginx');

/** The Vite dev server with the in-page mock: E2E_DEV_PORT, else free. */
export const devPort = () => e2ePort('E2E_DEV_PORT', 'vite dev server (in-page mock)');

/** `vite preview` of the copy `npm run test:e2e:remote` makes (dist-e2e-remote): E2E_REMOTE_PORT, else free. */
export const remotePort = () => e2ePort('E2E_REMOTE_PORT', 'vite preview of dist-e2e-remote');

/** For specs and fixtures: the mock server the runner started (its port is in the environment). */
export const E2E_PORTS = {
  get mock() {
    return mockPort();
  },
  get oidcProvider() {
    return oidcProviderPort();
  },
  get remote() {
    return remotePort();
  },
  get nginx() {
    return nginxPort();
  },
};
