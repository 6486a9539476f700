/**
 * Ruby Liquid's blank-block rule: an `if`, `unless`, `case` or `for` whose blocks hold only
 * whitespace and tags that print nothing (`assign`, `capture`, `comment`, and such blocks) prints
 * nothing at all, not even its whitespace. Applied once to each parsed template.
 */
import { Tag, TokenKind } from 'liquidjs';
import type { Template } from 'liquidjs';

const SILENT = new Set(['assign', 'capture', 'comment', '#']);
const CONTROL = new Set(['if', 'unless', 'case', 'for']);

interface WithChildren {
  templates?: Template[];
  elseTemplates?: Template[];
  branches?: { templates: Template[] }[];
}

function childLists(tag: Tag): Template[][] {
  const t = tag as unknown as WithChildren;
  const lists = [t.templates, t.elseTemplates, ...(t.branches ?? []).map((b) => b.templates)];
  return lists.filter((l): l is Template[] => Array.isArray(l));
}

/** Whether `tpl` prints nothing but whitespace (stripping the blank control blocks inside it). */
function isBlank(tpl: Template): boolean {
  if (tpl.token.kind === TokenKind.HTML) return /^\s*$/.test((tpl as unknown as { str: string }).str);
  if (!(tpl instanceof Tag)) return false;
  const name = (tpl as unknown as { name: string }).name;
  if (SILENT.has(name) && name !== 'capture') return true;
  const lists = childLists(tpl);
  const blank = lists.map((list) => list.map(isBlank).every(Boolean)).every(Boolean);
  if (name === 'capture') return true;
  if (!CONTROL.has(name) || !blank) return false;
  for (const list of lists) {
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.token.kind === TokenKind.HTML) list.splice(i, 1);
  }
  return true;
}

/** Apply the blank-block rule to every block in `templates` (in place). */
export function dropBlankBlocks(templates: Template[]): void {
  for (const tpl of templates) isBlank(tpl);
}
