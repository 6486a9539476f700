import type { Issue } from '../issues';
import { jsonErrorHint } from './json-error-hints';
import { findJsonSyntaxError } from './json-syntax-error';
import { excerptAt, offsetOfPosition, positionOfOffset } from './text-position';

/** Reads the error offset from a JSON.parse message: V8's `position N`, `(line L column C)` or Firefox's wording. */
export function offsetFromJsonErrorMessage(message: string, text: string): number | null {
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  if (lineCol) return offsetOfPosition(text, Number(lineCol[1]), Number(lineCol[2]));
  const position = /position (\d+)/i.exec(message);
  if (position) return Number(position[1]);
  if (/unexpected end/i.test(message)) return text.length;
  return null;
}

/** Parses a rendered body as JSON; on failure returns a `json.invalid` Issue with line, column, excerpt and a fix. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const scan = findJsonSyntaxError(text);
    const engineOffset = offsetFromJsonErrorMessage(message, text);
    let offset = engineOffset ?? scan?.offset ?? 0;
    const hint =
      scan && (engineOffset === null || engineOffset === scan.offset) ? jsonErrorHint(text, scan) : null;
    if (scan?.kind === 'unexpected-end' || scan?.kind === 'empty')
      offset = Math.min(offset, text.trimEnd().length);
    const { line, column } = positionOfOffset(text, offset);
    const issue: Issue = {
      code: 'json.invalid',
      path: 'body',
      field: 'body',
      severity: 'error',
      message: `The body is not valid JSON at line ${line}, column ${column}: ${hint ?? message}`,
      line,
      column,
      excerpt: excerptAt(text, offset),
    };
    return { ok: false, issue };
  }
}
