import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

const CORE_LAYERS = 'src/core is framework-free: it imports nothing from features, app, ui, cli or server.';
const FEATURES = 'Features never import each other: pass values or render slots through src/app.';
const index = (module: string): string =>
  `Import src/core/${module} through its index ('…/core/${module}'), not its internal files.`;

interface Case {
  fixture: string;
  /** Where the file pretends to live: the rules depend on the importing file's folder. */
  lintedAs: string;
  /** Each expected problem: the rule and the end of its message. */
  expected: Array<[rule: string, message: string]>;
}

const cases: Case[] = [
  {
    fixture: 'core-imports-feature.ts',
    lintedAs: 'src/core/event/bad.ts',
    expected: [
      ['import-x/no-restricted-paths', CORE_LAYERS],
      ['import-x/no-restricted-paths', CORE_LAYERS],
    ],
  },
  {
    fixture: 'core-imports-outer-layers.ts',
    lintedAs: 'src/core/render/bad.ts',
    expected: [
      ['import-x/no-restricted-paths', CORE_LAYERS],
      ['import-x/no-restricted-paths', CORE_LAYERS],
      ['import-x/no-restricted-paths', CORE_LAYERS],
    ],
  },
  {
    fixture: 'core-imports-ui-library.ts',
    lintedAs: 'src/core/render/bad.ts',
    expected: [
      ['no-restricted-imports', 'src/core is framework-free: no UI library.'],
      ['no-restricted-imports', 'src/core is framework-free: no UI library.'],
    ],
  },
  {
    fixture: 'core-imports-node.ts',
    lintedAs: 'src/core/render/bad.ts',
    expected: [
      ['import-x/no-nodejs-modules', 'Do not import Node.js builtin module "node:crypto"'],
      ['import-x/no-nodejs-modules', 'Do not import Node.js builtin module "fs"'],
    ],
  },
  {
    fixture: 'core-module-internals.ts',
    lintedAs: 'src/core/render/bad.ts',
    expected: [['import-x/no-restricted-paths', index('validate')]],
  },
  {
    fixture: 'core-imports-testing.ts',
    lintedAs: 'src/core/liquid/bad.ts',
    expected: [['import-x/no-restricted-paths', 'src/testing holds test helpers: only tests import it.']],
  },
  {
    fixture: 'feature-imports-feature.ts',
    lintedAs: 'src/features/drafts/bad.ts',
    expected: [
      ['import-x/no-restricted-paths', FEATURES],
      ['import-x/no-restricted-paths', FEATURES],
    ],
  },
  {
    fixture: 'feature-imports-app.ts',
    lintedAs: 'src/features/drafts/bad.ts',
    expected: [['import-x/no-restricted-paths', 'Features depend only on ui and core.']],
  },
  {
    fixture: 'feature-core-internals.ts',
    lintedAs: 'src/features/drafts/bad.ts',
    expected: [['import-x/no-restricted-paths', index('event')]],
  },
  {
    fixture: 'ui-imports-feature.ts',
    lintedAs: 'src/ui/bad.ts',
    expected: [
      [
        'import-x/no-restricted-paths',
        'src/ui holds shared building blocks: it imports no feature, app, cli or server code.',
      ],
    ],
  },
  {
    fixture: 'server-imports-ui.ts',
    lintedAs: 'server/bad.ts',
    expected: [
      ['import-x/no-restricted-paths', 'The server depends only on src/core.'],
      ['import-x/no-restricted-paths', 'The server depends only on src/core.'],
    ],
  },
  {
    fixture: 'cli-imports-ui.ts',
    lintedAs: 'src/cli/bad.ts',
    expected: [
      ['import-x/no-restricted-paths', 'The command line depends only on src/core.'],
      ['no-restricted-imports', 'The server and the command line use no UI library.'],
    ],
  },
  { fixture: 'allowed-imports.ts', lintedAs: 'src/features/drafts/good.ts', expected: [] },
];

describe('architecture boundaries are lint errors', () => {
  let eslint: ESLint;
  beforeAll(async () => {
    eslint = new ESLint({ cwd: root });
    await eslint.calculateConfigForFile(join(root, 'src/core/event/bad.ts')); // loads the config and plugins once
  }, 60_000);

  it.each(cases)(
    '$fixture linted as $lintedAs',
    async ({ fixture: name, lintedAs, expected }) => {
      const [result] = await eslint.lintText(fixture(name), { filePath: join(root, lintedAs) });
      const problems = (result?.messages ?? []).map((m) => [m.ruleId, m.message] as const);
      expect(problems).toHaveLength(expected.length);
      expected.forEach(([rule, message], i) => {
        expect(problems[i]?.[0]).toBe(rule);
        expect(problems[i]?.[1]).toContain(message);
      });
    },
    20_000,
  );
});
