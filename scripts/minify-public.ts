import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { afterBuild } from './after-build';

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
  return afterBuild('composer-minify-public', (outDir) => {
    for (const file of files) {
      const path = join(outDir, file);
      writeFileSync(path, minifyScript(readFileSync(path, 'utf8')));
    }
  });
}
