import { describe, expect, it } from 'vitest';
import { preloadTags, withEarlyScripts } from './preload-plugin';

const bundle = {
  'assets/index-a.js': {
    type: 'chunk' as const,
    fileName: 'assets/index-a.js',
    facadeModuleId: '/r/index.html',
    imports: ['assets/react-b.js'],
  },
  'assets/react-b.js': {
    type: 'chunk' as const,
    fileName: 'assets/react-b.js',
    facadeModuleId: null,
    imports: [],
  },
  'assets/picker-c.js': {
    type: 'chunk' as const,
    fileName: 'assets/picker-c.js',
    facadeModuleId: '/r/src/features/picker.tsx',
    imports: ['assets/react-b.js', 'assets/popover-d.js'],
  },
  'assets/popover-d.js': {
    type: 'chunk' as const,
    fileName: 'assets/popover-d.js',
    facadeModuleId: null,
    imports: [],
  },
  'assets/boot-e.js': {
    type: 'chunk' as const,
    fileName: 'assets/boot-e.js',
    facadeModuleId: '/r/src/boot.ts',
    imports: ['assets/shared-f.js'],
  },
  'assets/shared-f.js': {
    type: 'chunk' as const,
    fileName: 'assets/shared-f.js',
    facadeModuleId: null,
    imports: [],
  },
};
const options = {
  lazyModules: ['src/features/picker.tsx'],
  fetches: ['/list.json'],
  earlyScripts: ['src/boot.ts'],
};

describe('preloadTags', () => {
  it('preloads the lazy chunk and its imports not already loaded, the fetches, and the early scripts’ imports', () => {
    const tags = preloadTags(bundle, new Set(['assets/index-a.js', 'assets/react-b.js']), options);
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'modulepreload', href: '/assets/shared-f.js', crossorigin: true },
      { rel: 'preload', as: 'fetch', href: '/list.json', crossorigin: true },
      { rel: 'preload', as: 'script', href: '/assets/picker-c.js', crossorigin: true },
      { rel: 'preload', as: 'script', href: '/assets/popover-d.js', crossorigin: true },
    ]);
  });
});

describe('withEarlyScripts', () => {
  it('puts the early script before the first module script, so it runs first', () => {
    const html =
      '<head><title>x</title>\n    <script type="module" src="/assets/index-a.js"></script></head>';
    expect(withEarlyScripts(html, [bundle['assets/boot-e.js']])).toBe(
      '<head><title>x</title>\n    <script type="module" crossorigin src="/assets/boot-e.js"></script>\n    <script type="module" src="/assets/index-a.js"></script></head>',
    );
  });
});
