import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { config } from './config';
import type { Persona } from './features/session/persona';

async function boot() {
  let personas: readonly Persona[] = [];
  // __API_MOCKING__ is a build-time constant: without mocking this import is not even bundled.
  if (__API_MOCKING__) {
    const { startMockBackend } = await import('./mocks/browser');
    ({ personas } = await startMockBackend(config.mockLatencyMs));
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App personas={personas} />
    </StrictMode>,
  );
}

void boot();
