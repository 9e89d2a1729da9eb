import { readdirSync } from 'node:fs';
import { E2E_PROFILES, type E2eProfile } from './ports';

/** A Playwright project: which specs it runs, which build it serves and how to make that build. */
export type E2eProject = {
  name: string;
  testMatch: RegExp;
  testIgnore?: RegExp;
  /** The build it serves (`vite preview`), if any, and the npm command that makes it. */
  dist?: string;
  build?: string;
  profile?: E2eProfile;
  /** Signs in through the test OpenID provider (which then starts too). */
  oidc?: boolean;
  /** Served by nginx with deploy/'s configuration instead of `vite preview`. */
  nginx?: boolean;
  /** Per-test time limit when the default (30 s) is too short. */
  timeout?: number;
};

/** A copy of dist/ with its own config.json (scripts/e2e-dists.ts): cheap, no second build. */
const copy = (dist: string) => ({ dist, build: `npx tsx scripts/e2e-dists.ts ${dist}` });

export const E2E_PROJECTS: E2eProject[] = [
  {
    name: 'production-build',
    testMatch: /\.spec\.ts$/,
    testIgnore: /(dev-mock|profiles|oidc|nginx|demo-build|visual)\.spec\.ts$|remote\//,
    ...copy('dist-e2e'),
  },
  {
    // Screens compared with committed baselines: `npm run test:visual -- --update-snapshots`.
    name: 'visual',
    testMatch: /visual\.spec\.ts$/,
    ...copy('dist-e2e'),
    // Two stable screenshots and an axe run per test take a while on a busy machine.
    timeout: 90_000,
  },
  { name: 'dev-mock', testMatch: /dev-mock\.spec\.ts$/ },
  {
    name: 'oidc',
    testMatch: /oidc\.spec\.ts$/,
    ...copy('dist-e2e-oidc'),
    oidc: true,
  },
  { name: 'nginx', testMatch: /nginx\.spec\.ts$/, ...copy('dist-e2e-nginx'), nginx: true },
  // The one build of its own: VITE_API_MOCKING=on puts the mock backend into the bundle.
  {
    name: 'demo-build',
    testMatch: /demo-build\.spec\.ts$/,
    dist: 'dist-demo',
    build: 'npm run build:demo',
  },
  ...E2E_PROFILES.map((profile) => ({
    name: `profile-${profile}`,
    testMatch: /profiles\.spec\.ts$/,
    ...copy(`dist-e2e-${profile}`),
    profile,
  })),
];

const SPEC_FILES = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => `e2e/${file}`);

/**
 * The projects a Playwright command line will run, read from its `--project` names and spec-file
 * filters (as Playwright reads them), so that only their servers start and only their builds are
 * needed. Anything unusual selects every project: starting too much is safe, too little is not.
 */
export function selectedProjects(argv: readonly string[]): E2eProject[] {
  const names: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--project=')) names.push(...arg.slice(10).split(','));
    else if (arg === '--project')
      while (argv[i + 1] && !argv[i + 1]?.startsWith('-')) names.push(argv[(i += 1)] ?? '');
    else if (/\.spec\.ts(:\d+)*$|^e2e\/?$/.test(arg)) files.push(arg.replace(/(:\d+)+$/, ''));
  }
  const byName = (project: E2eProject) =>
    !names.length ||
    names.some((name) =>
      new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(
        project.name,
      ),
    );
  const byFile = (project: E2eProject) =>
    !files.length ||
    SPEC_FILES.some(
      (spec) =>
        project.testMatch.test(spec) &&
        !project.testIgnore?.test(spec) &&
        files.some((f) => spec.endsWith(f.replace(/^\.\//, '')) || f.endsWith(spec)),
    ) ||
    files.some((f) => /^e2e\/?$/.test(f));
  const chosen = E2E_PROJECTS.filter((p) => byName(p) && byFile(p));
  return chosen.length ? chosen : E2E_PROJECTS;
}
