// A real OpenID Connect provider (oidc-provider) for development and the e2e suite, on 127.0.0.1.
// Its users are the mock personas (lib/test-oidc-users.ts). It issues JWT access tokens for one API (OIDC_AUDIENCE) that the
// mock backend verifies against this provider's JWKS. Not for production use.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { PERSONAS } from '../src/mocks/seed';
import { clearAll, MemoryAdapter } from './lib/memory-adapter';
import { personaByUsername, TEST_PASSWORD } from './lib/test-oidc-users';

const port = Number(process.env.OIDC_PORT ?? 4830);
const issuer = `http://127.0.0.1:${port}`;
const audience = process.env.OIDC_AUDIENCE ?? 'urn:org-console:api';
const clientId = process.env.OIDC_CLIENT_ID ?? 'org-console';
// Origins of the consoles allowed to sign in here (their /auth/callback and /sign-in).
const appOrigins = (process.env.OIDC_APP_ORIGINS ?? 'http://127.0.0.1:5173')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
// Changeable at run time (PUT /__provider/access-token-ttl) so a test can make tokens expire soon.
const DEFAULT_ACCESS_TOKEN_TTL = Number(process.env.OIDC_ACCESS_TOKEN_TTL ?? 600);
let accessTokenTtl = DEFAULT_ACCESS_TOKEN_TTL;

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };

const configuration: Configuration = {
  adapter: MemoryAdapter,
  jwks: { keys: [signingKey] },
  cookies: { keys: ['org-console-test-provider'] },
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: appOrigins.map((origin) => `${origin}/auth/callback`),
      post_logout_redirect_uris: appOrigins.map((origin) => `${origin}/sign-in`),
    },
  ],
  claims: { openid: ['sub'], profile: ['name'] },
  scopes: ['openid', 'profile', 'offline_access'],
  findAccount(_ctx, id) {
    const persona = PERSONAS.find((p) => p.id === id);
    if (!persona) return undefined;
    return { accountId: id, claims: () => ({ sub: id, name: persona.name }) };
  },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // Signing out from the console needs no second confirmation here.
      logoutSource(ctx, form) {
        ctx.body = page(
          'Signing out',
          `${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
          <noscript><button form="op.logoutForm" type="submit">Sign out</button></noscript>
          <script>document.getElementById('op.logoutForm').submit()</script>`,
        );
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile',
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: accessTokenTtl,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // A public browser client doing code flow with PKCE gets a refresh token (rotated on each use).
  issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: { RefreshToken: 24 * 60 * 60, Session: 24 * 60 * 60, Grant: 24 * 60 * 60 },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
};

const provider = new Provider(issuer, configuration);
const callback = provider.callback();

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto}label,input,button{display:block;margin:.25rem 0}input{width:100%;padding:.4rem}button{margin-top:1rem;padding:.4rem 1rem}[role=alert]{color:#b91c1c}</style>
</head><body><main>${body}</main></body></html>`;
}

function loginPage(uid: string, error = '', username = ''): string {
  const escaped = username.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return page(
    'Sign in — test provider',
    `<h1>Test identity provider</h1>
    <form method="post" action="/interaction/${uid}/login">
      <label for="username">Username</label>
      <input id="username" name="username" autocomplete="username" value="${escaped}" required autofocus>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
      <p role="alert">${error}</p>
      <button type="submit">Continue</button>
    </form>`,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, body = '', type = 'text/html; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    if (req.method !== 'POST' || action !== 'login') {
      send(res, 200, loginPage(uid));
      return;
    }
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const persona = personaByUsername(username);
    if (!persona || form.get('password') !== TEST_PASSWORD) {
      send(res, 200, loginPage(uid, 'Wrong username or password.', username));
      return;
    }
    return provider.interactionFinished(req, res, { login: { accountId: persona.id } });
  }
  // The console is a first-party client: consent is given without asking.
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
  if (!grant) throw new Error('grant not found');
  const missing = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } });
}

// Test controls: make the next access tokens short-lived; end every session and grant
// (the next refresh then fails); both (back to the start).
async function control(req: IncomingMessage, res: ServerResponse, path: string) {
  if (path === '/__provider/access-token-ttl' && req.method === 'PUT') {
    const seconds = Number((await readForm(req)).get('seconds'));
    if (!Number.isInteger(seconds) || seconds <= 0) {
      send(res, 400, 'seconds', 'text/plain');
      return;
    }
    accessTokenTtl = seconds;
    send(res, 204);
    return;
  }
  if (path === '/__provider/revoke' && req.method === 'POST') {
    clearAll();
    send(res, 204);
    return;
  }
  if (path === '/__provider/reset' && req.method === 'POST') {
    clearAll();
    accessTokenTtl = DEFAULT_ACCESS_TOKEN_TTL;
    send(res, 204);
    return;
  }
  send(res, 404, 'Not found', 'text/plain');
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', issuer).pathname;
  const match = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(path);
  const handled = match
    ? interaction(req, res, match[1] ?? '', match[2] ?? '')
    : path.startsWith('/__provider/')
      ? control(req, res, path)
      : Promise.resolve(callback(req, res));
  handled.catch((error: unknown) => {
    console.error('test OIDC provider:', error);
    if (!res.headersSent) send(res, 500, page('Error', '<p>Something went wrong.</p>'));
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Test OIDC provider on ${issuer} (client ${clientId}, audience ${audience})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
