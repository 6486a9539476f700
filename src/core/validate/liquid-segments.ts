/** One Liquid construct in a template field: `{{ … }}` output or `{% … %}` tag, with its offsets. */
export interface LiquidSegment {
  kind: 'output' | 'tag';
  start: number;
  /** Offset just after the closing delimiter (or the text length when unterminated). */
  end: number;
  /** The text between the delimiters, without `-` whitespace control. */
  inner: string;
}

/** Lists the Liquid outputs and tags of a field, understanding Braze's `${…}` names and quoted strings. */
export function liquidSegments(text: string): LiquidSegment[] {
  const out: LiquidSegment[] = [];
  let i = text.indexOf('{');
  while (i !== -1 && i < text.length - 1) {
    const next = text[i + 1];
    if (next !== '{' && next !== '%') {
      i = text.indexOf('{', i + 1);
      continue;
    }
    const kind = next === '{' ? 'output' : 'tag';
    const close = kind === 'output' ? '}}' : '%}';
    let j = i + 2;
    let end = text.length;
    let closed = false;
    while (j < text.length) {
      const c = text[j];
      if (c === '$' && text[j + 1] === '{') {
        const k = text.indexOf('}', j + 2);
        j = k === -1 ? text.length : k + 1;
      } else if (c === '"' || c === "'") {
        const k = text.indexOf(c, j + 1);
        j = k === -1 ? text.length : k + 1;
      } else if (text.startsWith(close, j)) {
        end = j + 2;
        closed = true;
        break;
      } else {
        j++;
      }
    }
    const inner = text.slice(i + 2, closed ? end - 2 : end);
    out.push({ kind, start: i, end, inner: inner.replace(/^-|-$/g, '').trim() });
    i = text.indexOf('{', end);
  }
  return out;
}

// Spaces of the same length, newlines kept. Not `replace(/[^\n]/g, ' ')`: on a 1 MB capture block that builds
// a million one-character replacements and spends most of the scan collecting their garbage.
const blank = (part: string) =>
  part.includes('\n')
    ? part
        .split('\n')
        .map((line) => ' '.repeat(line.length))
        .join('\n')
    : ' '.repeat(part.length);

/** Replaces every Liquid construct (and capture blocks with their content) by spaces, keeping offsets and newlines. */
export function maskLiquid(text: string, segments: LiquidSegment[]): string {
  const parts: string[] = [];
  let done = 0;
  let captureStart: number | null = null;
  for (const s of segments) {
    if (s.kind === 'tag' && captureStart === null && /^capture\b/.test(s.inner)) captureStart = s.start;
    const closesCapture = s.kind === 'tag' && /^endcapture\b/.test(s.inner);
    if (captureStart !== null && !closesCapture) continue;
    const from = captureStart ?? s.start;
    captureStart = null;
    parts.push(text.slice(done, from), blank(text.slice(from, s.end)));
    done = s.end;
  }
  const tailFrom = captureStart ?? text.length;
  parts.push(text.slice(done, tailFrom), blank(text.slice(tailFrom)));
  return parts.join('');
}
