import type { Draft } from '../event';
import { DRAFT_FIELD_LABELS, type Issue } from '../issues';
import { positionOf } from '../liquid';
import { CAPTURE_VARIABLES, TRAILING_BRACE } from './build-body';
import { draftFieldAtBodyLine } from './draft-field-at-line';
import { openLiquidIn, type OpenLiquid } from './open-liquid';

const FIELD_OF_VARIABLE = new Map<string, keyof Draft>(
  Object.entries(CAPTURE_VARIABLES).map(([field, variable]) => [variable, field as keyof Draft]),
);
const CAPTURE = /(\{%-?\s*capture\s+(\w+)\s*-?%\})([\s\S]*?)\{%-?\s*endcapture\s*-?%\}/g;

/** Offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at + Math.max(0, column - 1);
}

const labelOf = (field: keyof Draft) =>
  (DRAFT_FIELD_LABELS as Record<string, string>)[field] ?? String(field);

/** The sentence for Liquid a field leaves open, naming the field and the tag that closes it. */
function openMessage(open: OpenLiquid, label: string): string {
  if (open.kind === 'output') return `${label}: a {{ is not closed; add }} after the value it prints.`;
  if (open.kind === 'tag') return `${label}: the {% ${open.name} tag is not closed; add %} after it.`;
  const names = open.blocks.map((b) => `{% ${b.name} %}`);
  const ends = open.blocks
    .map((b) => `{% end${b.name} %}`)
    .reverse()
    .join('');
  const what = names.length === 1 ? `the ${names[0]} block is` : `the blocks ${names.join(', ')} are`;
  return `${label}: ${what} not closed; add ${ends} where the block ends, at the latest at the end of ${label}. Each field is its own piece of Liquid: a block cannot continue into another field.`;
}

/** What openMessage's sentence is built from, for the interface to word it in another language. */
function openParams(open: OpenLiquid): Record<string, string> {
  if (open.kind !== 'blocks') return { v: `open-${open.kind}`, name: open.kind === 'tag' ? open.name : '' };
  return {
    v: 'open-block',
    blocks: open.blocks.map((b) => `{% ${b.name} %}`).join(', '),
    ends: open.blocks
      .map((b) => `{% end${b.name} %}`)
      .reverse()
      .join(''),
    count: String(open.blocks.length),
  };
}

/**
 * Re-places a Liquid problem or warning found in a body built by buildTemplate into the draft field the
 * marketer typed it in: `path` becomes the field name, line/column/excerpt refer to that field's own
 * text, and a block, `{{` or `{%` the field leaves open is named (instead of the generated capture's
 * closing tag liquidjs reports). Null when the issue is not inside a field.
 */
export function draftFieldIssue(body: string, issue: Issue): Issue | null {
  if (issue.line === undefined) return null;
  const field = draftFieldAtBodyLine(body, issue.line);
  if (!field) return null;
  const at = offsetOf(body, issue.line, issue.column ?? 1);
  for (const m of body.matchAll(CAPTURE)) {
    const from = m.index + m[1]!.length;
    const content = m[3]!;
    // Each field has one capture, and the issue's line lies inside the field's capture (draftFieldAtBodyLine).
    if (FIELD_OF_VARIABLE.get(m[2]!) !== field) continue;
    const text = content.endsWith(TRAILING_BRACE) ? content.slice(0, -TRAILING_BRACE.length) + '{' : content;
    const inField = Math.min(Math.max(at - from, 0), text.length);
    // liquidjs reports what the field leaves open at the generated {% endcapture %} (or as "not closed").
    const causedByOpen = at - from >= content.length || /endcapture|not closed/.test(issue.message);
    const open = issue.severity === 'error' && causedByOpen ? openLiquidIn(text) : null;
    const offset = open ? (open.kind === 'blocks' ? open.blocks[0]!.offset : open.offset) : inField;
    const message = open ? openMessage(open, labelOf(field)) : issue.message;
    const code = open ? 'liquid.syntax' : issue.code;
    const params = open ? { ...openParams(open), field } : issue.params;
    return {
      ...issue,
      code,
      message,
      path: field,
      field: 'draft',
      ...positionOf(text, offset),
      ...(params ? { params } : {}),
    };
  }
  const { line: _line, column: _column, excerpt: _excerpt, ...rest } = issue;
  return { ...rest, path: field, field: 'draft' };
}
