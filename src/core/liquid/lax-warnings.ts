/**
 * Lax Liquid that Braze renders but that is risky to keep, and the warning for each: what was written,
 * why it is risky, and the text to write instead.
 *
 * Not warned: `{{ }}` around an attribute inside a tag without filters (`{% assign a = {{custom_attribute.${x}}} %}`,
 * `{% if {{custom_attribute.${balance}}} > 0 %}`), which Braze's own documentation and the partner guide use.
 */
export type LaxKind =
  'spaces-in-name' | 'nested-output' | 'filter-in-condition' | 'glued-tag-name' | 'unquoted-reason';

/** One risky lax shape found by the Braze rewrite, at an offset in the text the user wrote. */
export interface LaxWarning {
  /** Stable machine code: `liquid.lax-<kind>`. */
  code: string;
  message: string;
  offset: number;
  /** The name, text or tag the warning concerns (the interface words the code in another language). */
  params: { detail: string };
}

const MESSAGES: Record<LaxKind, (detail: string) => string> = {
  'spaces-in-name': (name) =>
    `\${ ${name} } has spaces inside the braces. Braze ignores them, but attribute names may themselves contain spaces (\${zip code}), so a stray space is easy to mistake for part of the name; write \${${name}}.`,
  'nested-output': (inner) =>
    `{{ }} inside another {{ }} renders only through Braze's lax parser: standard Liquid rejects it and a copy into any other Liquid tool breaks. Drop the inner braces and write ${inner} directly.`,
  'filter-in-condition': (tag) =>
    `A filter inside {% ${tag} %} renders only through Braze's lax parser: Liquid (and Braze's documentation) allow filters only in {{ }} and assign, so the condition is easy to break. Assign the value first, e.g. {% assign count = cats | size %}{% ${tag} count == 1 %}.`,
  'glued-tag-name': (tag) =>
    `{% ${tag}{{ has no space after ${tag}: Braze's lax parser accepts it, standard Liquid reads a different tag name. Write {% ${tag} followed by a space and the expression without braces.`,
  'unquoted-reason': (reason) =>
    `abort_message(${reason}) has no quotes: Braze's lax parser takes it, but a comma, quote or parenthesis in the reason would end it early. Write {% abort_message('${reason.replace(/'/g, '')}') %}.`,
};

/** The warning for a lax shape of `kind` at `offset`; `detail` is the name, text or tag it concerns. */
export function laxWarning(kind: LaxKind, offset: number, detail: string): LaxWarning {
  return { code: `liquid.lax-${kind}`, message: MESSAGES[kind](detail), offset, params: { detail } };
}
