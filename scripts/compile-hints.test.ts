import { describe, expect, it } from 'vitest';
import { chunksRunAtStart, compileHints, COMPILE_HINT } from './compile-hints';

const code = (kb: number) => 'x'.repeat(kb * 1024);
const chunk = (fileName: string, rest: Record<string, unknown> = {}) => ({
  type: 'chunk' as const,
  fileName,
  code: code(3),
  facadeModuleId: null,
  imports: [],
  ...rest,
});
const bundle = () => ({
  'assets/index-a.js': chunk('assets/index-a.js', {
    isEntry: true,
    facadeModuleId: '/r/index.html',
    imports: ['assets/vendor-b.js', 'assets/runtime-c.js'],
  }),
  'assets/vendor-b.js': chunk('assets/vendor-b.js'),
  'assets/runtime-c.js': chunk('assets/runtime-c.js', { code: code(1) }),
  'assets/picker-d.js': chunk('assets/picker-d.js', {
    facadeModuleId: '/r/src/features/picker.tsx',
    imports: ['assets/vendor-b.js', 'assets/popover-e.js'],
  }),
  'assets/popover-e.js': chunk('assets/popover-e.js'),
  'assets/after-paint-f.js': chunk('assets/after-paint-f.js', {
    moduleIds: ['C:\\r\\src\\features\\summary.tsx', 'C:\\r\\src\\features\\pane.tsx'],
  }),
  'assets/calendar-g.js': chunk('assets/calendar-g.js', { facadeModuleId: '/r/src/features/calendar.tsx' }),
  'assets/index-h.css': { type: 'asset' as const, fileName: 'assets/index-h.css' },
});

describe('chunksRunAtStart', () => {
  it.each([
    [
      'entries and the listed modules (also merged into a chunk), with their imports, of 2 KB or more',
      { entries: true, modules: ['src/features/picker.tsx', 'src/features/pane.tsx'] },
      [
        'assets/index-a.js',
        'assets/vendor-b.js',
        'assets/picker-d.js',
        'assets/popover-e.js',
        'assets/after-paint-f.js',
      ],
    ],
    [
      'the listed modules only',
      { modules: ['src/features/picker.tsx'] },
      ['assets/picker-d.js', 'assets/vendor-b.js', 'assets/popover-e.js'],
    ],
    ['nothing that is not listed', { modules: ['src/features/other.tsx'] }, []],
  ])('%s', (_, options, expected) => {
    expect(chunksRunAtStart(bundle(), options).sort()).toEqual(expected.sort());
  });
});

describe('compileHints', () => {
  it('puts the hint first in those chunks and leaves the others as they were', () => {
    const files = bundle();
    const plugin = compileHints({ entries: true, modules: ['src/features/picker.tsx'] });
    const hook = plugin.generateBundle as { handler: (output: unknown, bundle: unknown) => void };
    hook.handler({}, files);
    const hinted = Object.values(files)
      .filter((f) => 'code' in f && f.code.startsWith(COMPILE_HINT))
      .map((f) => f.fileName);
    expect(hinted.sort()).toEqual([
      'assets/index-a.js',
      'assets/picker-d.js',
      'assets/popover-e.js',
      'assets/vendor-b.js',
    ]);
    expect(files['assets/vendor-b.js'].code).toBe(COMPILE_HINT + code(3));
    expect(files['assets/calendar-g.js'].code).toBe(code(3));
  });
});
