import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      '.tmp/',
      'examples/*/_site/',
      'examples/*/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Feed text is untrusted: it must never become markup.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is rendered as text only.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text is rendered as text only.' },
        { property: 'outerHTML', message: 'Feed text is rendered as text only.' },
        { property: 'insertAdjacentHTML', message: 'Feed text is rendered as text only.' },
      ],
    },
  },
  {
    files: ['scripts/**', '*.mjs', 'test/server.mjs', 'test/node/**', 'examples/**', 'src/server/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
