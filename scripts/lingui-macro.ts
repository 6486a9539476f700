import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { formatter } from '@lingui/format-po';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import type { Plugin } from 'vite';

const SOURCE = /\.[cm]?[jt]sx?$/;

/**
 * The key a message is looked up by in the code and in every compiled catalog: its English source text. A
 * message with a context keeps Lingui's generated id (the source alone would not tell the two apart).
 */
function messageKey(generatedId: string, message: string): string {
  return generateMessageId(message) === generatedId ? message : generatedId;
}

/**
 * The descriptor's message after the macro: nothing when the key is the text itself (a plain text without a
 * context: the key is what English shows), else the compiled English message as a literal.
 */
function englishMessage(key: string, message: string): t.Expression | null {
  const compiled = plainText(compileMessage(message));
  if (compiled === key) return null;
  return t.valueToNode(typeof compiled === 'string' ? [compiled] : compiled);
}

/** A compiled message that is a text without placeholders as that text, else as compiled. */
function plainText(compiled: CompiledMessage): CompiledMessage | string {
  return Array.isArray(compiled) && compiled.length === 1 && typeof compiled[0] === 'string'
    ? compiled[0]
    : compiled;
}

/**
 * After the macro: each descriptor (`{ id, message }`, `<Trans id message>`) is keyed by its English source
 * and carries its English compiled, so English needs no catalog at run time, and a plain text is written once
 * (as its key, shown as is when no catalog has it: see runtime.tsx).
 */
const inlineCompiledMessages: PluginObj = {
  visitor: {
    ObjectExpression(path) {
      const props = path.node.properties.filter((p): p is t.ObjectProperty => t.isObjectProperty(p));
      const id = props.find((p) => t.isIdentifier(p.key, { name: 'id' }));
      const message = props.find((p) => t.isIdentifier(p.key, { name: 'message' }));
      if (!id || !message || !t.isStringLiteral(id.value) || !t.isStringLiteral(message.value)) return;
      const key = messageKey(id.value.value, message.value.value);
      id.value = t.stringLiteral(key);
      const english = englishMessage(key, message.value.value);
      if (english) message.value = english;
      else path.node.properties = path.node.properties.filter((p) => p !== message);
    },
    JSXOpeningElement(path) {
      const attrs = path.node.attributes.filter((a): a is t.JSXAttribute => t.isJSXAttribute(a));
      const id = attrs.find((a) => t.isJSXIdentifier(a.name, { name: 'id' }));
      const message = attrs.find((a) => t.isJSXIdentifier(a.name, { name: 'message' }));
      if (!id || !message || !t.isStringLiteral(id.value) || !t.isStringLiteral(message.value)) return;
      const key = messageKey(id.value.value, message.value.value);
      id.value = t.jsxExpressionContainer(t.stringLiteral(key));
      const english = englishMessage(key, message.value.value);
      if (english) message.value = t.jsxExpressionContainer(english);
      else path.node.attributes = path.node.attributes.filter((a) => a !== message);
    },
  },
};

/**
 * Compiles an imported `.po` catalog into `{ messages }` keyed like the code (see messageKey): each
 * translation compiled, an untranslated message falling back to its English source.
 */
export function linguiCatalogs(): Plugin {
  const po = formatter();
  return {
    name: 'lingui-catalogs',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.po')) return null;
      const messages: Record<string, unknown> = {};
      for (const [generatedId, entry] of Object.entries(
        po.parse(code, {} as never) as Record<string, Entry>,
      )) {
        const source = entry.message ?? generatedId;
        const key = entry.context || entry.message === undefined ? generatedId : source;
        messages[key] = plainText(compileMessage(entry.translation || source));
      }
      return {
        code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`,
        map: null,
      };
    },
  };
}

interface Entry {
  message?: string;
  translation?: string;
  context?: string | null;
}

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
