/** What a piece of Liquid text leaves open: a `{{` or `{%` without its end, or block tags without theirs. */
export type OpenLiquid =
  | { kind: 'output'; offset: number }
  | { kind: 'tag'; name: string; offset: number }
  | { kind: 'blocks'; blocks: { name: string; offset: number }[] };

/** Braze's (Liquid 5's) block tags: each needs its `end…` tag. */
const BLOCKS = new Set(['if', 'unless', 'case', 'for', 'capture', 'tablerow', 'comment', 'raw', 'ifchanged']);
/** Blocks whose content is not Liquid: everything up to their end tag is skipped. */
const OPAQUE = new Set(['comment', 'raw']);
const TAG_NAME = /^-?\s*([A-Za-z_]\w*)/;

/**
 * Scans `text` (a form field's Liquid) and returns what it leaves open, the first problem first: an output
 * or tag delimiter that is never closed, else the block tags without their end tag (outermost first), else
 * null. Offsets are 0-based in `text`.
 */
export function openLiquidIn(text: string): OpenLiquid | null {
  const stack: { name: string; offset: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0 || open + 1 >= text.length) break;
    const next = text[open + 1];
    if (next === '{') {
      const close = text.indexOf('}}', open + 2);
      if (close < 0) return { kind: 'output', offset: open };
      i = close + 2;
      continue;
    }
    if (next !== '%') {
      i = open + 1;
      continue;
    }
    const close = text.indexOf('%}', open + 2);
    const name = TAG_NAME.exec(text.slice(open + 2, open + 42))?.[1] ?? '';
    if (close < 0) return { kind: 'tag', name, offset: open };
    i = close + 2;
    if (OPAQUE.has(name)) {
      const end = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g');
      end.lastIndex = i;
      const found = end.exec(text);
      if (!found) return { kind: 'blocks', blocks: [...stack, { name, offset: open }] };
      i = found.index + found[0].length;
    } else if (BLOCKS.has(name)) {
      stack.push({ name, offset: open });
    } else if (name.startsWith('end')) {
      const at = stack.map((b) => b.name).lastIndexOf(name.slice(3));
      if (at >= 0) stack.length = at;
    }
  }
  return stack.length > 0 ? { kind: 'blocks', blocks: stack } : null;
}
