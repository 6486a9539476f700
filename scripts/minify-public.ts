import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';

/** `code` minified as a classic script (comments and spaces gone, same behaviour). */
export function minifyScript(code: string): string {
  return transformSync(code, { minify: true, loader: 'js', target: 'es2022', legalComments: 'none' }).code;
}

/**
 * Vite plugin: minifies the named scripts of `public/` in the output folder. Vite copies public files as they
 * are, so a script the page loads before its first paint would otherwise carry its comments to every user.
 * Runs before `precompress` (plugins' closeBundle hooks run in order).
 */
export function minifyPublicScripts(files: string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'composer-minify-public',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of files) {
        const path = join(outDir, file);
        writeFileSync(path, minifyScript(readFileSync(path, 'utf8')));
      }
    },
  };
}
