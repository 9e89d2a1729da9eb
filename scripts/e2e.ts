// npm run e2e [-- <spec files>] [-- --project NAME] [-- --headed | --ui | --debug]
// Makes only what the selected projects serve (when missing, stale, or its config.json is for
// other ports: then a fresh copy of dist/ is enough, scripts/e2e-dists.ts), then runs Playwright with the same arguments; it starts only those projects' servers.
import { execSync, spawnSync } from 'node:child_process';
import { mockPort } from '../e2e/ports';
import { selectedProjects } from '../e2e/projects';
import { e2eBuildProblem, isStale } from './lib/e2e-build';

const args = process.argv.slice(2);
const projects = selectedProjects(args);
const port = projects.some((p) => p.dist) ? mockPort() : undefined;
// The copies' config.json name the mock's port; every copy below and the run use this one.
if (port) process.env.E2E_MOCK_PORT = String(port);

for (const project of projects) {
  if (!project.dist || !project.build || port === undefined) continue;
  const problem =
    e2eBuildProblem(project.dist) ??
    (isStale(project.dist) ? `${project.dist} is older than its sources` : null);
  if (!problem) continue;
  console.log(`${problem}: ${project.build}`);
  execSync(project.build, { stdio: 'inherit', env: process.env });
}

console.log(`Projects: ${projects.map((p) => p.name).join(', ')}`);
const run = spawnSync('npx', ['playwright', 'test', ...args], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(run.status ?? 1);
