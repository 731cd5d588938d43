// @ts-check
/**
 * ESLint for TypeScript and Astro files; Prettier owns formatting (`npm run lint` runs both).
 *
 * The rule that keeps the tree honest is the runtime boundary: code under a `client/` folder ships
 * to the browser, code under `server/` runs only at build time in Node, and code under `shared/`
 * runs in both. An import across that line fails the lint (tests/unit/lint-boundaries.test.ts shows it).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import specifiers a runtime may not use, as regular expressions with the reason an editor reads. */
const SERVER_ONLY = [
  { regex: '(^|/)server(/|$)', message: 'server/ code runs only at build time: move what both need to shared/.' },
  { regex: '^node:', message: 'Node built-ins do not exist in the browser.' },
  { regex: '^astro:content$', message: 'content collections exist only at build time.' },
  { regex: '^astro/(zod|loaders)$', message: 'schemas and loaders run only at build time.' },
];
const CLIENT_ONLY = [{ regex: '(^|/)client(/|$)', message: 'client/ code ships to the browser: move what both need to shared/.' }];

/**
 * @param {{ regex: string; message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  {
    // The fidelity test stays byte for byte as the launch left it (it guards the publisher's words).
    ignores: [
      'tests/build/fidelity.test.ts',
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      // What the benchmark writes (bench/.gitignore); its code is linted with the site's.
      'bench/results/',
      'bench/corpora/',
      'bench/baseline/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/**/.astro/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_unused` names what is deliberately dropped (a destructured key, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Type-only imports stay visible as such, so a browser bundle never pulls in a module for a type.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Lists styled without bullets keep role="list": WebKit drops their list semantics otherwise.
      'astro/jsx-a11y/no-redundant-roles': 'off',
    },
  },
  {
    files: ['src/**/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictImports(SERVER_ONLY),
  },
  { files: ['src/**/server/**/*.ts'], rules: restrictImports(CLIENT_ONLY) },
  {
    // Citing is one feature the notes use: notes import citations, never the reverse.
    files: ['src/**/server/citations/**/*.ts'],
    rules: restrictImports([
      ...CLIENT_ONLY,
      { regex: '(^|/)notes(/|$)', message: 'notes depend on citations, never the reverse: move what citations need here.' },
    ]),
  },
  {
    files: ['src/**/shared/**/*.ts'],
    rules: restrictImports([
      ...SERVER_ONLY,
      ...CLIENT_ONLY,
      { regex: '^astro:', message: 'shared/ code runs anywhere: no Astro virtual modules.' },
    ]),
  },
  {
    // Browser tests and the scripts they evaluate in the page.
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
