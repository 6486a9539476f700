import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const SOURCE = /\.[cm]?[jt]sx?$/;

/** A compiled message as a literal; a plain text becomes `["text"]` so Lingui never sees an uncompiled string. */
function compiledLiteral(message: string): t.Expression {
  const compiled = compileMessage(message);
  return t.valueToNode(typeof compiled === 'string' ? [compiled] : compiled);
}

/**
 * After the macro: each descriptor's English `message` (`{ id, message }`, `<Trans id message>`) is replaced by
 * its compiled form, so English needs no catalog at run time and the code carries its own source text.
 */
const inlineCompiledMessages: PluginObj = {
  visitor: {
    ObjectProperty(path) {
      const { key, value } = path.node;
      if (!t.isIdentifier(key, { name: 'message' }) || !t.isStringLiteral(value)) return;
      const owner = path.parentPath.node;
      const hasId =
        t.isObjectExpression(owner) &&
        owner.properties.some((p) => t.isObjectProperty(p) && t.isIdentifier(p.key, { name: 'id' }));
      if (hasId) path.node.value = compiledLiteral(value.value);
    },
    JSXAttribute(path) {
      const { name, value } = path.node;
      if (!t.isJSXIdentifier(name, { name: 'message' }) || !t.isStringLiteral(value)) return;
      path.node.value = t.jsxExpressionContainer(compiledLiteral(value.value));
    },
  },
};

/**
 * Runs Lingui's macro (Babel) on source files that import a Lingui macro, before the React plugin, keeping
 * each message compiled next to its id (see inlineCompiledMessages). @vitejs/plugin-react 6 no longer runs
 * Babel, and @rolldown/plugin-babel needs Node 22, so this is the smallest bridge on Node 20: files without a
 * macro import are not touched.
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
        plugins: [
          ['@lingui/babel-plugin-lingui-macro', { stripMessageField: false }],
          () => inlineCompiledMessages,
        ],
      });
      if (!result?.code) return null;
      return { code: result.code, map: result.map };
    },
  };
}
