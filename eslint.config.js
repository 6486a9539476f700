import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;
const foldersIn = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Every folder of src/core except the data-only fixtures is a module with an index. */
const coreModules = foldersIn('src/core').filter((name) => name !== 'fixtures');
const features = foldersIn('src/features');

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-hook-form',
  '@tanstack/*',
  '@radix-ui/*',
  'cmdk',
];

/**
 * The architecture as import rules. Paths are resolved, so `../../features/x` is caught wherever it is written.
 * Each message names the rule and the way out.
 */
const boundaryZones = [
  {
    target: './src/core',
    from: ['./src/features', './src/app', './src/ui', './src/cli', './server'],
    message: 'src/core is framework-free: it imports nothing from features, app, ui, cli or server.',
  },
  {
    target: './src/core/**/!(*.test).ts',
    from: './src/testing',
    message: 'src/testing holds test helpers: only tests import it.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: pass values or render slots through src/app.',
  })),
  {
    target: './src/features',
    from: ['./src/app', './src/cli', './server'],
    message: 'Features depend only on ui and core.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/cli', './server'],
    message: 'src/ui holds shared building blocks: it imports no feature, app, cli or server code.',
  },
  {
    target: './server',
    from: ['./src/features', './src/app', './src/ui', './src/cli'],
    message: 'The server depends only on src/core.',
  },
  {
    target: './src/cli',
    from: ['./src/features', './src/app', './src/ui', './server'],
    message: 'The command line depends only on src/core.',
  },
  ...coreModules.map((module) => ({
    target: [
      './*',
      './src/*',
      './src/!(core)/**',
      `./src/core/!(${module})/**`,
      './server/**',
      './bench/**',
      './e2e/**',
      './scripts/**',
      './lint/**',
    ],
    from: `./src/core/${module}`,
    except: ['./index.ts'],
    message: `Import src/core/${module} through its index ('…/core/${module}'), not its internal files.`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      'reports',
      '.stryker-tmp',
      'lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'import-x/no-nodejs-modules': ['error'],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI_LIBRARIES, message: 'src/core is framework-free: no UI library.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-nodejs-modules': ['error'] },
  },
  {
    files: ['server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: UI_LIBRARIES, message: 'The server and the command line use no UI library.' }],
        },
      ],
    },
  },
);
