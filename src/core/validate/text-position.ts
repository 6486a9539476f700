/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Converts a 0-based offset into a 1-based line and column (columns count UTF-16 units, tabs as one). */
export function positionOfOffset(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
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

/** The line containing `offset` with a caret under it, shortened around the caret when the line is long. */
export function excerptAt(text: string, offset: number): string {
  const { line, column } = positionOfOffset(text, offset);
  const lines = text.split('\n');
  let lineText = (lines[line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  let caret = column - 1;
  if (lineText.length > WINDOW * 2) {
    const from = Math.max(0, caret - WINDOW);
    const to = Math.min(lineText.length, caret + WINDOW);
    lineText = `${from > 0 ? '…' : ''}${lineText.slice(from, to)}${to < lineText.length ? '…' : ''}`;
    caret = caret - from + (from > 0 ? 1 : 0);
  }
  return `${lineText}\n${' '.repeat(Math.max(0, caret))}^`;
}
