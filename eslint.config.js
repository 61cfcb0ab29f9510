// Lint holds the architecture: imports run app → features → components, storage, bank → engine, and
// never back. A feature never imports another feature; only src/storage/idb.ts touches idb-keyval.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['exam', 'results', 'history'];

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];
const group = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Refs mirroring the latest props is the documented way to keep a stable event listener.
      'react-hooks/refs': 'off',
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': restrict([
        group(['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'idb-keyval', 'zod', 'zod/*', 'prismjs', 'prismjs/*'], 'The engine is pure TypeScript.'),
        group(['../*'], 'The engine imports nothing outside src/engine.'),
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'crypto'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as `now`.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in as `rng`.' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/storage/idb.ts'],
    rules: {
      'no-restricted-imports': restrict([group(['idb-keyval'], 'Only src/storage/idb.ts talks to IndexedDB.')]),
    },
  },
  {
    files: ['src/storage/**', 'src/bank/**', 'src/components/**', 'src/i18n/**', 'src/config/**'],
    ignores: ['src/storage/idb.ts'],
    rules: {
      'no-restricted-imports': restrict([
        group(['idb-keyval'], 'Only src/storage/idb.ts talks to IndexedDB.'),
        group(['**/features/*', '**/features', '**/app/*', '**/app'], 'Shared modules never import features or the app.'),
      ]),
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict([
        group(['idb-keyval'], 'Only src/storage/idb.ts talks to IndexedDB.'),
        group(['**/app/*', '**/app'], 'Features never import the app; routes compose features.'),
        group(
          features.filter((f) => f !== feature).flatMap((f) => [`../${f}`, `../${f}/*`, `**/features/${f}`, `**/features/${f}/*`]),
          'Features never import each other; they meet in src/app/routes.',
        ),
      ]),
    },
  })),
  {
    files: ['tests/**', 'scripts/**', '*.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
