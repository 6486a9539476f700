/** Where an offset falls in a text: 1-based line and column, and the line as an excerpt. */
export function positionOf(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const full = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const column = at - lineStart + 1;
  return { line, column, excerpt: excerptAround(full, column) };
}

const WIDTH = 100;

/** The line itself, or a window of it around the column when the line is long. */
function excerptAround(line: string, column: number): string {
  if (line.length <= WIDTH) return line;
  const from = Math.max(0, Math.min(column - 1 - WIDTH / 2, line.length - WIDTH));
  return `${from > 0 ? '…' : ''}${line.slice(from, from + WIDTH)}${from + WIDTH < line.length ? '…' : ''}`;
}
