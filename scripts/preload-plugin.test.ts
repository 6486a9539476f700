import { describe, expect, it } from 'vitest';
import { preloadTags } from './preload-plugin';

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
};
const options = {
  lazyModules: ['src/features/picker.tsx'],
  fetches: ['/list.json'],
};

describe('preloadTags', () => {
  it('holds inert the fetches and the lazy chunk with its imports not already loaded', () => {
    const tags = preloadTags(bundle, new Set(['assets/index-a.js', 'assets/react-b.js']), options);
    const later = { crossorigin: true, media: 'not all', 'data-later': true };
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'preload', as: 'fetch', href: '/list.json', ...later },
      { rel: 'preload', as: 'script', href: '/assets/picker-c.js', ...later },
      { rel: 'preload', as: 'script', href: '/assets/popover-d.js', ...later },
    ]);
  });
});
