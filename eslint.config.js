import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['session', 'active-org', 'navigation', 'org-settings'];

/** An import of the folder `name` (relative or not), as a regular expression on the import path. */
const folder = (name) => `(^|/)${name}(/|$)`;

/**
 * `no-restricted-imports` does not see `import()`, so a lazy import could cross a boundary
 * unseen. This rule takes the same patterns and checks every dynamic import; one whose module
 * is not written out literally cannot be checked, and is refused too.
 */
const dynamicImports = {
  meta: { type: 'problem', schema: [{ type: 'object' }] },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map(({ regex, message }) => ({
      regex: new RegExp(regex),
      message,
    }));
    return {
      ImportExpression(node) {
        const { source } = node;
        const path =
          source.type === 'Literal'
            ? source.value
            : source.type === 'TemplateLiteral' && source.expressions.length === 0
              ? source.quasis[0].value.cooked
              : null;
        if (typeof path !== 'string') {
          context.report({ node, message: 'Write the module of a dynamic import out literally.' });
          return;
        }
        const hit = patterns.find(({ regex }) => regex.test(path));
        if (hit)
          context.report({ node, message: `import('${path}') crosses a boundary. ${hit.message}` });
      },
    };
  },
};

const boundariesPlugin = { rules: { 'dynamic-imports': dynamicImports } };

const restrict = (files, rules, { dynamic = rules } = {}) => ({
  files,
  ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
  plugins: { boundaries: boundariesPlugin },
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: rules.map(([name, message]) => ({ regex: folder(name), message })) },
    ],
    'boundaries/dynamic-imports': [
      'error',
      { patterns: dynamic.map(([name, message]) => ({ regex: folder(name), message })) },
    ],
  },
});

const NO_MOCKS = [
  'mocks',
  'Only main.tsx may load the mock backend, with its guarded dynamic import.',
];
const NO_APP = ['app', 'Data flows api → features → app: app/ composes, nothing imports it.'];
const NO_FEATURES = ['features', 'This layer must not depend on features.'];
const NO_COMPONENTS = ['components', 'The API layer knows nothing of the UI.'];

// ARCHITECTURE.md's one-way flow. ESLint applies the last matching config's options for a rule,
// so each folder lists everything it may not import.
const boundaries = [
  restrict(['src/**/*.{ts,tsx}'], [NO_MOCKS]),
  restrict(
    ['src/api/**'],
    [NO_MOCKS, NO_APP, NO_FEATURES, NO_COMPONENTS, ['lib', 'The API layer stands alone.']],
  ),
  restrict(['src/components/**', 'src/lib/**'], [NO_MOCKS, NO_APP, NO_FEATURES]),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/features/${feature}/**`],
      [
        NO_MOCKS,
        NO_APP,
        // A sibling is 'features/x' from outside and '../x' from inside src/features.
        ...FEATURES.filter((f) => f !== feature && (f !== 'active-org' || feature === 'active-org'))
          .flatMap((f) => [`features/${f}`, `\\.\\./${f}`])
          .map((name) => [
            name,
            'A feature may read active-org; otherwise app/ composes features.',
          ]),
      ],
    ),
  ),
  // The one guarded dynamic import of the mock backend, at boot (a static one would ship it).
  restrict(['src/main.tsx'], [NO_MOCKS], { dynamic: [] }),
  restrict(
    ['src/mocks/**/*.ts'],
    ['features', 'app', 'components', 'lib', 'config', 'api/(?!contract/)[a-z-]+'].map((name) => [
      name,
      'The mock backend imports only the contract schemas, so it cannot drift from them.',
    ]),
  ),
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
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Plain JavaScript is outside the TypeScript project.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // `() => setOpen(false)` is how this code base writes a handler.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A number reads the same in a template; `undefined`, `null` or an object would not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowAny: false,
          allowBoolean: false,
          allowNullish: false,
          allowRegExp: false,
        },
      ],
    },
  },
  ...boundaries,
  {
    // A cycle, through static imports or import(), makes evaluation order decide what a module sees.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  // The pre-paint theme script is plain browser JavaScript, served as is.
  { files: ['public/theme-init.js'], languageOptions: { globals: globals.browser } },
  // Unit test files share a worker's module cache (vite.config.ts): a module replaced in one
  // would reach the others. A file that must replace one is listed in vite.config.ts's
  // MOCKS_MODULES, which runs it in a cache of its own, and here.
  {
    files: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    ignores: ['src/app/app.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|doUnmock)$/]",
          message:
            "This file shares a module cache with others: list it in vite.config.ts's MOCKS_MODULES (and here) to replace a module.",
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
