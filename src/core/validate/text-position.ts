/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

// The line starts of the last text asked about: issues are located one after another in the same field, so
// one entry makes every lookup a binary search instead of a scan from the top (linear overall, not quadratic).
let cache: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (cache?.text === text) return cache.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  cache = { text, starts };
  return starts;
}

/** Converts a 0-based offset into a 1-based line and column (columns count UTF-16 units, tabs as one). */
export function positionOfOffset(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  const starts = lineStarts(text);
  // The last line start at or before `end`; a newline at `end` itself belongs to the line it ends.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= end) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: end - (starts[lo] as number) + 1 };
}

/** Converts a 1-based line and column back into a 0-based offset (clamped to the text). */
export function offsetOfPosition(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

const WINDOW = 60;

/**
 * The line containing `offset` with a caret under it, shortened around the caret when the line is long.
 * Reads only the characters it shows: a megabyte-long line with many issues stays linear overall.
 */
export function excerptAt(text: string, offset: number): string {
  const { line, column } = positionOfOffset(text, offset);
  const starts = lineStarts(text);
  const lineStart = starts[line - 1] as number;
  const next = starts[line];
  let lineEnd = next === undefined ? text.length : next - 1;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--; // the \r of a \r\n
  const length = lineEnd - lineStart;
  let caret = column - 1;
  let from = 0;
  let to = length;
  if (length > WINDOW * 2) {
    from = Math.max(0, caret - WINDOW);
    to = Math.min(length, caret + WINDOW);
  }
  const shown = text.slice(lineStart + from, lineStart + to).replace(/\t/g, ' ');
  const lineText = `${from > 0 ? '…' : ''}${shown}${to < length ? '…' : ''}`;
  caret = caret - from + (from > 0 ? 1 : 0);
  return `${lineText}\n${' '.repeat(Math.max(0, caret))}^`;
}
