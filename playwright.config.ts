import { defineConfig } from '@playwright/test';
import type { ProfileOptions } from './e2e/fixtures';
import {
  demoPreviewPort,
  devPort,
  mockPort,
  nginxPort,
  oidcPreviewPort,
  oidcProviderPort,
  previewPort,
  profilePreviewPort,
} from './e2e/ports';
import { CHROMIUM } from './e2e/browser';
import { selectedProjects, E2E_PROJECTS, type E2eProject } from './e2e/projects';
import { e2eBuildProblem } from './scripts/lib/e2e-build';

// Only the servers of the projects this command line runs start, each on a free port (e2e/ports.ts).
const selected = new Set(selectedProjects(process.argv.slice(2)).map((p) => p.name));
const runs = (project: E2eProject) => selected.has(project.name);
const needsMock = E2E_PROJECTS.some((p) => runs(p) && p.dist);
const api = needsMock ? `http://127.0.0.1:${mockPort()}` : '';
const oidcProject = E2E_PROJECTS.find((p) => p.oidc && runs(p));
const issuer = oidcProject ? `http://127.0.0.1:${oidcProviderPort()}` : '';

/**
 * The server of a project that serves a build: `vite preview` of its dist, or nginx with deploy/'s
 * server block. Either sends the Content-Security-Policy of the config.json it serves.
 */
function buildServer(project: E2eProject, dist: string, port: number) {
  const problem = process.env.TEST_WORKER_INDEX ? null : e2eBuildProblem(dist);
  if (problem)
    throw new Error(
      `${project.name}: ${problem}. Run \`${project.build ?? 'its build'}\` (with the same E2E_MOCK_PORT), or \`npm run e2e\`, which makes what is missing.`,
    );
  return {
    command: project.nginx
      ? `bash deploy/serve.sh ${dist}`
      : `npx vite preview --outDir ${dist} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    ...(project.nginx ? { env: { PORT: String(port) } } : {}),
    reuseExistingServer: false,
  };
}

function portOf(project: E2eProject): number {
  if (project.profile) return profilePreviewPort(project.profile);
  if (project.oidc) return oidcPreviewPort();
  if (project.nginx) return nginxPort();
  if (project.name === 'demo-build') return demoPreviewPort();
  return project.dist ? previewPort() : devPort();
}

export default defineConfig<ProfileOptions>({
  testDir: 'e2e',
  // One mock backend serves every test, and tests change its state: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: E2E_PROJECTS.map((project) => ({
    name: project.name,
    testMatch: project.testMatch,
    ...(project.testIgnore ? { testIgnore: project.testIgnore } : {}),
    ...(project.timeout ? { timeout: project.timeout } : {}),
    use: {
      // A project this command line does not run gets no port (and starts no server).
      baseURL: runs(project) ? `http://127.0.0.1:${portOf(project)}` : undefined,
      ...(project.profile ? { apiProfile: project.profile } : {}),
    },
  })),
  webServer: [
    ...(needsMock
      ? [
          {
            command: 'npm run mock:server',
            url: `${api}/v2/user/active-org`,
            // Accepts the test provider's access tokens beside the personas' tokens.
            env: {
              MOCK_PORT: String(mockPort()),
              MOCK_LATENCY_MS: '0',
              ...(issuer ? { MOCK_OIDC_ISSUER: issuer } : {}),
            },
            ignoreHTTPSErrors: true,
            reuseExistingServer: false,
            stdout: 'ignore' as const,
          },
        ]
      : []),
    ...(oidcProject
      ? [
          {
            command: 'npm run oidc:provider',
            url: `${issuer}/.well-known/openid-configuration`,
            env: {
              OIDC_PORT: String(oidcProviderPort()),
              OIDC_APP_ORIGINS: `http://127.0.0.1:${portOf(oidcProject)}`,
            },
            reuseExistingServer: false,
          },
        ]
      : []),
    // Projects that serve the same build (production-build, visual) share one server.
    ...E2E_PROJECTS.filter(
      (project, i, all) =>
        runs(project) &&
        (!project.dist || all.findIndex((p) => runs(p) && p.dist === project.dist) === i),
    ).map((project) =>
      project.dist
        ? buildServer(project, project.dist, portOf(project))
        : {
            command: `npx vite --port ${portOf(project)} --strictPort`,
            url: `http://127.0.0.1:${portOf(project)}`,
            env: { VITE_API_MOCKING: 'on', VITE_MOCK_LATENCY_MS: '0' },
            reuseExistingServer: false,
          },
    ),
  ],
});
