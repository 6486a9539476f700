import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A Vite plugin, named `name`, that runs `step` on the output folder once `vite build` has written it. */
export function afterBuild(name: string, step: (outDir: string) => void): Plugin {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      step(outDir);
    },
  };
}
