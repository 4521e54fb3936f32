// ESLint 9 flat config for the whole workspace: the recommended rules of ESLint and
// typescript-eslint, kept modest, plus import rules that hold the layering of the system
// (engine -> terminal -> widgets; inside widgets data/ -> format/ -> charts/ -> elements/).
// Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const W = 'packages/widgets';

/** A `no-restricted-imports` rule from [pattern, reason] pairs. */
function forbid(...pairs) {
  return {
    'no-restricted-imports': ['error', { patterns: pairs.map(([group, message]) => ({ group: [group].flat(), message })) }],
  };
}

export default defineConfig(
  globalIgnores(['**/dist/', '**/coverage/', '**/custom-elements.json', '.demo/', '**/.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The widget library, its tests and its demo run in the browser.
    files: [`${W}/src/**/*.ts`, `${W}/test/**/*.ts`, `${W}/demo/**/*.ts`],
    languageOptions: { globals: globals.browser },
  },
  {
    // Config files, scripts, the engine, the terminal and test servers run in Node.
    files: [
      '*.js',
      '**/*.config.{js,ts}',
      `${W}/scripts/**/*.js`,
      `${W}/test/server/**/*.js`,
      'packages/engine/**/*.{ts,js}',
      'packages/terminal/**/*.{ts,js}',
      'scripts/**/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests that drive Chromium: Node code, plus functions that run in the page.
    files: [`${W}/test/node/**/*.js`, 'packages/terminal/test/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The React consumer app used by the widgets' react.test.js.
    files: [`${W}/test/consumer/**/*.jsx`],
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
    files: [`${W}/test/**/*.ts`],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Layering (HOUSE-STYLE.md). Data flows one way; a lower layer never imports a higher one.
  {
    // The engine computes reports: it knows nothing of the server, the pages or the elements.
    files: ['packages/engine/src/**/*.ts'],
    rules: forbid(
      [['ticker-terminal', 'ticker-terminal/*', '**/terminal/**'], 'The engine never imports the terminal.'],
      [
        [
          'ticker-widgets',
          'ticker-widgets/bundle',
          'ticker-widgets/elements/*',
          'ticker-widgets/server',
          '**/widgets/**',
          'lit',
          'lit/*',
        ],
        'The engine never imports the widgets or Lit (it may share JSON fixtures in tests only).',
      ],
    ),
  },
  {
    // Pure widget layers: no element, no server renderer (they run in Node and in the browser alike).
    files: [`${W}/src/format/**/*.ts`, `${W}/src/charts/**/*.ts`],
    rules: forbid(
      [
        ['**/elements/*', '**/elements/**', '../elements', './elements'],
        'data/, format/ and charts/ never import elements/: they are pure and run in Node.',
      ],
      [['**/server/*', '**/server/**'], 'data/, format/ and charts/ never import the server renderer.'],
    ),
  },
  {
    // The report model is plain data: no elements, no server, not even Lit.
    files: [`${W}/src/data/**/*.ts`],
    rules: forbid(
      [['**/elements/*', '**/elements/**'], 'data/, format/ and charts/ never import elements/: they are pure and run in Node.'],
      [['**/server/*', '**/server/**'], 'data/, format/ and charts/ never import the server renderer.'],
      [
        ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
        'data/ never imports Lit: the model is plain data, usable by the engine and in Node.',
      ],
    ),
  },
);
