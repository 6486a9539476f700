import type { Draft } from '../event';
import { DRAFT_FIELD_OF_ROKT_KEY } from '../issues';
import { CAPTURE_VARIABLES } from './build-body';

const FIELD_OF_VARIABLE = new Map<string, keyof Draft>(
  Object.entries(CAPTURE_VARIABLES).map(([field, variable]) => [variable, field as keyof Draft]),
);

const CAPTURE = /\{%-?\s*capture\s+(\w+)\s*-?%\}[\s\S]*?\{%-?\s*endcapture\s*-?%\}/g;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Returns the draft field that produced a 1-based line of a body built by buildTemplate (a line inside a
 * `{% capture %}` block, or the JSON line printing that field), or null for structural lines.
 */
export function draftFieldAtBodyLine(body: string, line: number): keyof Draft | null {
  for (const m of body.matchAll(CAPTURE)) {
    const first = lineAt(body, m.index);
    const last = lineAt(body, m.index + m[0].length);
    if (line >= first && line <= last) return FIELD_OF_VARIABLE.get(m[1] ?? '') ?? null;
  }
  const text = body.split('\n')[line - 1];
  if (text === undefined) return null;
  const key = /^\s*"(\w+)"\s*:/.exec(text)?.[1];
  return key !== undefined ? (DRAFT_FIELD_OF_ROKT_KEY[key] ?? null) : null;
}
