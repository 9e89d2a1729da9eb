// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries (ARCHITECTURE.md)', () => {
  it.each([
    ['src/features/session/x.ts', "import '../../mocks/node';"],
    ['src/features/session/x.ts', "import '../../app/router';"],
    ['src/features/navigation/x.ts', "import '../org-settings/form';"],
    ['src/features/active-org/x.ts', "import '../navigation/model';"],
    ['src/api/x.ts', "import '../features/session/sign-out';"],
    ['src/lib/x.ts', "import '../features/active-org/org-keys';"],
    ['src/mocks/x.ts', "import '../api/client';"],
    ['src/mocks/x.ts', "import '../config';"],
  ])(
    '%s may not %s',
    async (file, code) => {
      expect(await restrictedImports(file, code)).toBe(1);
    },
    20_000,
  );

  it.each([
    ['src/features/navigation/x.ts', "import '../active-org/org-keys';"],
    ['src/app/x.ts', "import '../features/navigation/model';"],
    ['src/mocks/x.ts', "import '../api/contract/active-org';"],
    ['src/main.tsx', "import('./mocks/browser');"],
  ])(
    '%s may %s',
    async (file, code) => {
      expect(await restrictedImports(file, code)).toBe(0);
    },
    20_000,
  );
});
