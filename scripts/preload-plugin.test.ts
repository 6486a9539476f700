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
    viteMetadata: { importedCss: new Set(['assets/picker-c.css']) },
  },
  'assets/after-paint-e.js': {
    type: 'chunk' as const,
    fileName: 'assets/after-paint-e.js',
    facadeModuleId: null,
    moduleIds: ['/r/src/features/summary.tsx', '/r/src/features/pane.tsx'],
    imports: ['assets/react-b.js'],
    viteMetadata: { importedCss: new Set(['assets/after-paint-e.css']) },
  },
  'assets/popover-d.js': {
    type: 'chunk' as const,
    fileName: 'assets/popover-d.js',
    facadeModuleId: null,
    imports: [],
  },
};
const options = {
  lazyModules: ['src/features/picker.tsx', 'src/features/pane.tsx'],
  fetches: ['/list.json'],
};

describe('preloadTags', () => {
  it('holds inert the fetches, the lazy chunks (also one merging several modules) with their imports not already loaded, and their stylesheets', () => {
    const tags = preloadTags(bundle, new Set(['assets/index-a.js', 'assets/react-b.js']), options);
    const later = { crossorigin: true, media: 'not all', 'data-later': true };
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'preload', as: 'fetch', href: '/list.json', ...later },
      { rel: 'modulepreload', href: '/assets/picker-c.js', ...later },
      { rel: 'modulepreload', href: '/assets/popover-d.js', ...later },
      { rel: 'modulepreload', href: '/assets/after-paint-e.js', ...later },
      { rel: 'preload', as: 'style', href: '/assets/picker-c.css', ...later },
      { rel: 'preload', as: 'style', href: '/assets/after-paint-e.css', ...later },
    ]);
  });

  it('preloads only the stylesheets of the chunks left to their import()', () => {
    const tags = preloadTags(bundle, new Set(['assets/index-a.js', 'assets/react-b.js']), {
      lazyModules: ['src/features/picker.tsx'],
      stylesOnly: ['src/features/summary.tsx', 'src/features/pane.tsx'],
      fetches: [],
    });
    expect(tags.map((t) => [t.attrs?.rel, t.attrs?.href])).toEqual([
      ['modulepreload', '/assets/picker-c.js'],
      ['modulepreload', '/assets/popover-d.js'],
      ['preload', '/assets/picker-c.css'],
      ['preload', '/assets/after-paint-e.css'],
    ]);
  });
});
