// @vitest-environment node
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The code below is linted as files that mostly do not exist: no type information (which only
// the type-aware rules need, not these).
const overrideConfig = [tseslint.configs.disableTypeChecked];
const BOUNDARY_RULES = ['no-restricted-imports', 'boundaries/dynamic-imports'];
const CYCLE_RULES = ['import-x/no-cycle'];
// Only the rules a test counts run: import-x/no-cycle alone reads much of src/ for each file.
const linters = new Map<readonly string[], ESLint>();

/** How many errors of `rules` ESLint reports for `code` as if it were the file `filePath`. */
async function errors(rules: readonly string[], filePath: string, code: string): Promise<number> {
  let eslint = linters.get(rules);
  if (!eslint) {
    eslint = new ESLint({ overrideConfig, ruleFilter: ({ ruleId }) => rules.includes(ruleId) });
    linters.set(rules, eslint);
  }
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId && rules.includes(m.ruleId)).length;
}
const boundaryErrors = (filePath: string, code: string) => errors(BOUNDARY_RULES, filePath, code);

describe('import boundaries (ARCHITECTURE.md), static and dynamic', () => {
  it.each([
    ['src/features/session/x.ts', "import '../../mocks/node';"],
    ['src/features/session/x.ts', "void import('../../mocks/node');"],
    ['src/features/session/x.ts', 'void import(`../../mocks/browser`);'],
    ['src/features/session/x.ts', "import '../../app/router';"],
    ['src/features/session/x.ts', "void import('../../app/router');"],
    ['src/features/navigation/x.ts', "import '../org-settings/form';"],
    ['src/features/navigation/x.ts', "void import('../org-settings/org-settings-page');"],
    ['src/features/active-org/x.ts', "import '../navigation/model';"],
    ['src/features/active-org/x.ts', "void import('../navigation/sidebar-menu');"],
    ['src/features/org-settings/x.ts', "const path = '../../mocks/node'; void import(path);"],
    ['src/api/x.ts', "import '../features/session/sign-out';"],
    ['src/api/x.ts', "void import('../features/session/sign-out');"],
    ['src/lib/x.ts', "import '../features/active-org/org-keys';"],
    ['src/mocks/x.ts', "import '../api/client';"],
    ['src/mocks/x.ts', "import '../config';"],
    ['src/main.tsx', "import './mocks/browser';"],
    ['src/app/x.ts', "void import('../mocks/browser');"],
  ])(
    '%s may not %s',
    async (file, code) => {
      expect(await boundaryErrors(file, code)).toBe(1);
    },
    20_000,
  );

  it.each([
    ['src/features/navigation/x.ts', "import '../active-org/org-keys';"],
    ['src/features/navigation/x.ts', "void import('../active-org/switch-org');"],
    ['src/app/x.ts', "import '../features/navigation/model';"],
    ['src/app/x.ts', "void import('../features/org-settings/org-settings-page');"],
    ['src/mocks/x.ts', "import '../api/contract/active-org';"],
    ['src/main.tsx', "void import('./mocks/browser');"],
  ])(
    '%s may %s',
    async (file, code) => {
      expect(await boundaryErrors(file, code)).toBe(0);
    },
    20_000,
  );
});

// `code` replaces the real file's text; the files it imports are read from disk, so each cycle
// closes through real imports of the repository.
describe('import cycles, static and dynamic', () => {
  const cycles = (filePath: string, code: string) => errors(CYCLE_RULES, filePath, code);

  it.each([
    // switch-org.ts imports org-keys.ts
    ['src/features/active-org/org-keys.ts', "import './switch-org';"],
    // active-org-query.ts imports org-keys.ts
    ['src/features/active-org/org-keys.ts', "void import('./active-org-query');"],
    // preload.ts lazily imports the org layout, whose shell renders the sidebar
    ['src/app/shell/sidebar.tsx', "import '../preload';"],
  ])(
    '%s may not %s',
    async (file, code) => {
      expect(await cycles(file, code)).toBe(1);
    },
    20_000,
  );

  it.each([
    ['src/features/active-org/switch-org.ts', "import './org-keys';"],
    // Types are gone at run time: no cycle.
    ['src/features/active-org/org-keys.ts', "import type { ActiveOrg } from './active-org-query';"],
  ])(
    '%s may %s',
    async (file, code) => {
      expect(await cycles(file, code)).toBe(0);
    },
    20_000,
  );
});
