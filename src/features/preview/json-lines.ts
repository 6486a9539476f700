/** One coloured piece of a pretty-printed JSON line. */
interface JsonToken {
  kind: 'key' | 'string' | 'number' | 'literal' | 'punct' | 'space';
  text: string;
}

/** One line of pretty JSON with the path of the value it shows (`event.title`, `subscriptionIds[1]`, '' for the root). */
export interface JsonLine {
  path: string;
  tokens: JsonToken[];
}

const childPath = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

function scalar(value: unknown): JsonToken {
  if (typeof value === 'string') return { kind: 'string', text: JSON.stringify(value) };
  if (typeof value === 'number') return { kind: 'number', text: JSON.stringify(value) };
  return { kind: 'literal', text: JSON.stringify(value) ?? 'null' };
}

function emit(
  value: unknown,
  path: string,
  indent: number,
  lead: JsonToken[],
  tail: string,
  out: JsonLine[],
): void {
  const pad: JsonToken[] = indent > 0 ? [{ kind: 'space', text: ' '.repeat(indent) }] : [];
  const end: JsonToken[] = tail ? [{ kind: 'punct', text: tail }] : [];
  const isArray = Array.isArray(value);
  if (value === null || typeof value !== 'object') {
    out.push({ path, tokens: [...pad, ...lead, scalar(value), ...end] });
    return;
  }
  const entries: [string | number, unknown][] = isArray
    ? value.map((item, i) => [i, item])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    out.push({ path, tokens: [...pad, ...lead, { kind: 'punct', text: open + close }, ...end] });
    return;
  }
  out.push({ path, tokens: [...pad, ...lead, { kind: 'punct', text: open }] });
  entries.forEach(([key, item], i) => {
    const keyTokens: JsonToken[] =
      typeof key === 'number'
        ? []
        : [
            { kind: 'key', text: JSON.stringify(key) },
            { kind: 'punct', text: ': ' },
          ];
    emit(item, childPath(path, key), indent + 2, keyTokens, i < entries.length - 1 ? ',' : '', out);
  });
  out.push({ path, tokens: [...pad, { kind: 'punct', text: close }, ...end] });
}

/** Returns `JSON.stringify(value, null, 2)` split into tokenised lines, each tagged with its value's path. */
export function prettyJsonLines(value: unknown): JsonLine[] {
  const out: JsonLine[] = [];
  emit(value, '', 0, [], '', out);
  return out;
}

/** Returns the index of the first line showing `path`, or of its nearest shown ancestor; -1 when none. */
export function lineOfPath(lines: JsonLine[], path: string): number {
  let wanted = path;
  for (;;) {
    const index = lines.findIndex((line) => line.path === wanted);
    if (index >= 0 || wanted === '') return index;
    const cut = Math.max(wanted.lastIndexOf('.'), wanted.lastIndexOf('['));
    wanted = cut > 0 ? wanted.slice(0, cut) : '';
  }
}
