import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['session', 'active-org', 'navigation', 'org-settings'];

// ARCHITECTURE.md's one-way flow: api → features → app. A feature may read active-org and
// nothing else of its siblings; only main.tsx (and tests) may reach the mock backend.
const zones = [
  {
    target: './src/!(mocks|test)/**/!(*.test).{ts,tsx}',
    from: './src/mocks',
    message: 'Only main.tsx may load the mock backend, with its guarded dynamic import.',
  },
  {
    target: './src/mocks/**/!(*.test).ts',
    from: './src',
    except: ['./mocks', './api/contract'],
    message: 'The mock backend imports only the contract schemas, so it cannot drift from them.',
  },
  {
    target: './src/api/**/!(*.test).ts',
    from: './src',
    except: ['./api', './config.ts'],
    message: 'The API layer knows nothing of the UI.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'UI primitives and helpers are shared; they must not depend on features.',
  },
  { target: './src/features', from: './src/app', message: 'Features do not import the app.' },
  ...FEATURES.filter((feature) => feature !== 'active-org').map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, './active-org'],
    message: 'A feature may read active-org; otherwise app/ composes features.',
  })),
  {
    target: './src/features/active-org',
    from: './src/features',
    except: ['./active-org'],
    message: 'active-org is the centre: it imports no other feature.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'reports',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['*.config.ts', '*.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
