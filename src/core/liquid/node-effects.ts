/**
 * What the text of one top-level node of a template could do, read without running it: which tags it
 * uses and which variables it could assign. Used to decide which nodes render the same for every user.
 */

/** Tags whose effect is only printing and setting variables in the template's own scope. */
const REPLAYABLE = new Set([
  'assign',
  'capture',
  'endcapture',
  'if',
  'elsif',
  'else',
  'endif',
  'unless',
  'endunless',
  'case',
  'when',
  'endcase',
  'comment',
  'endcomment',
  'raw',
  'endraw',
  'echo',
  '#',
]);

const TAG = /\{%-?\s*(#|[A-Za-z_][\w-]*)/g;
const WRITE = /\{%-?\s*(?:assign|capture|increment|decrement)\s+(?:(['"])(.*?)\1|([^\s=%'"]+))/g;
const SAVE = /:save\s+([^\s%]+)/g;

/** A node's possible effects, from its text. */
export interface NodeEffects {
  /** Only tags whose effect is printing and assigning (see REPLAYABLE), plus any `extraTags` allowed. */
  replayable: boolean;
  /** Every variable name the node could assign (statically visible assignments). */
  writes: string[];
  /** The node could assign names its text does not show (`{% liquid %}`, a computed `:save`). */
  writesUnknown: boolean;
}

/**
 * Reads the tags in `text` (the rewritten code of one top-level node): whether every tag is replayable
 * (`extraTags` adds allowed names) and which variables it could write. Over-approximates on purpose:
 * a tag name inside `{% raw %}` or a comment counts as well.
 */
export function nodeEffects(text: string, extraTags: ReadonlySet<string>): NodeEffects {
  let replayable = true;
  let writesUnknown = false;
  const writes = new Set<string>();
  for (const m of text.matchAll(TAG)) {
    const name = m[1]!;
    if (!REPLAYABLE.has(name) && !extraTags.has(name)) replayable = false;
    if (name === 'liquid') writesUnknown = true;
    if (name === 'connected_content') writes.add('connected');
  }
  for (const m of text.matchAll(WRITE)) writes.add(m[2] ?? m[3]!);
  if (writes.has('connected')) {
    for (const m of text.matchAll(SAVE)) {
      const name = m[1]!.replace(/-$/, '');
      if (/^[\w-]+$/.test(name)) writes.add(name);
      else writesUnknown = true;
    }
  }
  return { replayable, writes: [...writes], writesUnknown };
}
