import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCredential } from './api/credential';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { preloadOrgLayout, preloadSidebarMenu } from './app/preload';
import './styles/tokens.css';
import './styles/base.css';
import { config } from './config';
import { activeOrgQueryOptions } from './features/active-org/active-org-query';
import type { Persona } from './features/session/persona';
import { followThemeChanges } from './lib/theme';

async function boot() {
  let personas: readonly Persona[] = [];
  // __API_MOCKING__ is a build-time constant: without mocking this import is not even bundled.
  if (__API_MOCKING__) {
    const { startMockBackend } = await import('./mocks/browser');
    // In OIDC mode the in-page mock accepts the provider's access tokens too.
    ({ personas } = await startMockBackend(config.mockLatencyMs, config.oidc ?? undefined));
  }
  if (config.authMode === 'oidc') {
    // Finishes a return from the provider, or resumes this tab's session, before any route runs.
    const { startOidcSession } = await import('./features/session/oidc/oidc-session');
    await startOidcSession();
  }
  followThemeChanges();
  const queryClient = createQueryClient();
  // Everything a signed-in page shows starts from the active org: ask for it before React
  // renders, in parallel with the menu's and the page's lazy chunks.
  if (getCredential()) {
    // A failure is the active-org query's to show, once React renders.
    queryClient.query(activeOrgQueryOptions()).catch(() => undefined);
    void preloadOrgLayout();
    void preloadSidebarMenu();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App personas={personas} queryClient={queryClient} />
    </StrictMode>,
  );
}

void boot();
