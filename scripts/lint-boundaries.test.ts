// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'boundaries/dynamic-imports']);

/** How many boundary errors ESLint reports for `code` as if it were the file `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId && BOUNDARY_RULES.has(m.ruleId)).length;
}

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
