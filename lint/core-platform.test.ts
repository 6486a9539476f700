import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Type-checks one file with tsconfig.core.json's settings and returns the names TypeScript could not find. */
function missingNames(file: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.core.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.core.json could not be read');
  const program = ts.createProgram([file], { ...parsed.options, composite: false, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map(
      (d) =>
        /Cannot find name '([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, ' '))?.[1] ?? '',
    )
    .filter(Boolean);
}

it('the core type-checks without DOM, Web Worker or Node globals', () => {
  const file = join(import.meta.dirname, 'fixtures', 'core-uses-platform.ts').replaceAll('\\', '/');
  expect(missingNames(file)).toEqual([
    'document',
    'Buffer',
    'console',
    'setTimeout',
    'TextEncoder',
    'fetch',
    'process',
    'crypto',
  ]);
}, 60_000);
