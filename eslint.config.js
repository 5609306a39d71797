// ESLint flat config. `npm run lint` also runs `prettier --check .` and
// `lit-analyzer src --strict` (template bindings), see package.json.
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'coverage/',
      '.test-results/',
      'demo/embed/', // written by scripts/demo-embed.mjs, minified
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },

  // Names in .ts files are checked by tsc; the plain-JS files are Node scripts and
  // configs, whose globals (process, console, fetch, …) ESLint does not know.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { 'no-undef': 'off' } },

  // Lit and web components, wherever they are written
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    ...wcConfigs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'ReactiveElement'] } },
    rules: {
      ...wcConfigs['flat/best-practice'].rules,
      // LitElement always defines connectedCallback & co.: `super.x()` needs no guard
      'wc/guard-super-call': 'off',
    },
  },

  // no `.only` left behind in tests and stories; chai's `expect(x).to.be.true` style
  {
    files: ['test/**', 'stories/**'],
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
