// ESLint 9 flat config: the recommended rules of ESLint and typescript-eslint, kept modest.
// Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'custom-elements.json']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The library, its tests and the demo run in the browser.
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Config files, scripts and the test server run in Node.
    files: ['*.js', '*.ts', 'scripts/**/*.js', 'test/server/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests that drive Chromium: Node code, plus functions that run in the page.
    files: ['test/node/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The React consumer app used by test/node/react.test.js.
    files: ['test/consumer/**/*.jsx'],
    languageOptions: { globals: globals.browser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    rules: {
      // `catch (error)` without using `error` reads fine; `_name` marks a deliberate unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Chai's `expect(x).to.exist` is an expression statement; fixtures are loose JSON.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
