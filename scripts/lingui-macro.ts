import { transformAsync } from '@babel/core';
import type { Plugin } from 'vite';

const SOURCE = /\.[cm]?[jt]sx?$/;

/**
 * Runs Lingui's macro (Babel) on source files that import a Lingui macro, before the React plugin.
 * @vitejs/plugin-react 6 no longer runs Babel, and @rolldown/plugin-babel needs Node 22, so this is the
 * smallest bridge on Node 20: files without a macro import are not touched.
 */
export function linguiMacro(): Plugin {
  return {
    name: 'lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!SOURCE.test(file) || file.includes('/node_modules/') || !/@lingui\/[a-z]+\/macro/.test(code))
        return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith('x') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: ['@lingui/babel-plugin-lingui-macro'],
      });
      if (!result?.code) return null;
      return { code: result.code, map: result.map };
    },
  };
}
