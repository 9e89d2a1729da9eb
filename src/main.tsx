import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCredential } from './api/credential';
import { preloadProfile } from './api/profiles';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { preloadOrgLayout, preloadSidebarMenu } from './app/preload';
import './styles/tokens.css';
import './styles/base.css';
import { config, CONFIG_URL, loadConfig } from './config';
import { activeOrgQueryOptions } from './features/active-org/active-org-query';
import type { Persona } from './features/session/persona';
import { followThemeChanges } from './lib/theme';

async function boot() {
  // The shell's chunks need no configuration: fetch them while config.json is read (index.html
  // preloads config.json, so it is usually in memory by now).
  if (getCredential()) {
    void preloadOrgLayout();
    void preloadSidebarMenu();
  }
  const failure = await loadConfig();
  if (failure) {
    const { ConfigErrorPage } = await import('./app/config-error-page');
    render(<ConfigErrorPage failure={failure} fileName={CONFIG_URL} />);
    return;
  }
  preloadProfile();
  let personas: readonly Persona[] = [];
  // __API_MOCKING__ is a build-time constant: without mocking this import is not even bundled.
  if (__API_MOCKING__) {
    const { startMockBackend } = await import('./mocks/browser');
    // In OIDC mode the in-page mock accepts the provider's access tokens too.
    ({ personas } = await startMockBackend(
      Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 250),
      config.oidc ?? undefined,
    ));
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
  // A failure is the active-org query's to show, once React renders.
  if (getCredential()) queryClient.query(activeOrgQueryOptions()).catch(() => undefined);
  render(<App personas={personas} queryClient={queryClient} />);
}

function render(content: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(<StrictMode>{content}</StrictMode>);
}

void boot();
