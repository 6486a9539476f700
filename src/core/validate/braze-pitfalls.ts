import { withParams } from './issue-helpers';
import type { Issue } from '../issues';
import type { BrazeTemplate } from '../template';
import { type BodyString, lexBody } from './body-strings';
import { type LiquidSegment, liquidSegments, maskLiquid } from './liquid-segments';
import { checkSavedVariables, indexSavedVariables, placeName } from './braze-save-variables';
import { type TemplateField, issueAt, templateFields } from './template-fields';

const CURLY = /[\u201c\u201d\u201e\u2018\u2019]/;
const PLACEHOLDER = /<Rokt-Calendar-API>|:(?:basic_auth|auth_credentials)\s+<[^>\s]*>/;
const FREE_TEXT_KEYS = new Set(['title', 'description', 'location']);
const ESCAPED = /\|\s*(?:json_escape|as_json_string)\b/;
/** Quotes, backslashes and control characters break a JSON string when printed without json_escape. */
const UNSAFE_IN_JSON = /["\\\p{Cc}]/u;

function curlyInLiquid(f: TemplateField, segments: LiquidSegment[], out: Issue[]): void {
  for (const s of segments) {
    const at = f.text.slice(s.start, s.end).search(CURLY);
    if (at === -1) continue;
    out.push(
      issueAt(
        f,
        s.start + at,
        'braze.curly-quotes-liquid',
        'error',
        `Curly quotes (“ ” ‘ ’) in the Liquid of ${placeName(f)}: Liquid only understands straight quotes (' or "). Retype them.`,
      ),
    );
  }
}

function authorization(f: TemplateField, out: Issue[], segments: LiquidSegment[]): void {
  const masked = maskLiquid(f.text, segments);
  const at = masked.search(/\S/);
  if (at === -1) return; // only Liquid: the rendered check decides
  const word = /^[^\s{]+/.exec(f.text.slice(at))?.[0] ?? '';
  if (/^portador$/i.test(word)) {
    out.push(
      issueAt(
        f,
        at,
        'braze.portador',
        'error',
        'The Authorization header starts with "Portador", the Spanish guide\'s translation of "Bearer". Rokt only accepts the English word: replace Portador with Bearer.',
      ),
    );
  } else if (word !== 'Bearer') {
    const fix = /^bearer$/i.test(word)
      ? 'write "Bearer" with a capital B'
      : 'start it with "Bearer " followed by the token';
    out.push(
      withParams(
        issueAt(
          f,
          at,
          'braze.authorization-scheme',
          'error',
          `The Authorization header starts with "${word}": Rokt needs "Bearer <token>"; ${fix}.`,
        ),
        { word, v: /^bearer$/i.test(word) ? 'case' : 'scheme' },
      ),
    );
  } else if (!/\s/.test(f.text[at + word.length] ?? '')) {
    out.push(
      withParams(
        issueAt(
          f,
          at + word.length,
          'braze.authorization-scheme',
          'error',
          'The Authorization header needs a space after "Bearer", before the token.',
        ),
        { v: 'space' },
      ),
    );
  }
}

/**
 * The text of each `{% capture name %}` block, up to the first `{% endcapture %}` after it. One pass from the
 * end, remembering the nearest endcapture seen so far: linear in the number of segments.
 */
function captures(segments: LiquidSegment[], text: string): Map<string, string> {
  const found: [string, string][] = [];
  let close: LiquidSegment | undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i] as LiquidSegment;
    if (/^endcapture\b/.test(s.inner)) {
      close = s;
      continue;
    }
    const m = /^capture\s+([\w-]+)/.exec(s.inner);
    if (m?.[1] && close) found.push([m[1], text.slice(s.end, close.start)]);
  }
  // Later blocks of the same name win, as they did when the map was filled front to back.
  return new Map(found.reverse());
}

/** The string that contains `offset` (strings are sorted and do not overlap), by binary search. */
function stringAround(strings: BodyString[], offset: number): BodyString | undefined {
  let lo = 0;
  let hi = strings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const str = strings[mid] as BodyString;
    if (str.start >= offset) hi = mid - 1;
    else if (offset >= str.end) lo = mid + 1;
    else return str;
  }
  return undefined;
}

function unescapedFreeText(f: TemplateField, segments: LiquidSegment[], out: Issue[]): void {
  const masked = maskLiquid(f.text, segments);
  const { strings, curlyQuotes } = lexBody(masked);
  if (curlyQuotes[0] !== undefined) {
    out.push(
      issueAt(
        f,
        curlyQuotes[0],
        'braze.curly-quotes-json',
        'error',
        'Curly quotes (“ ”) are used as JSON quotes in the body: JSON needs straight double quotes ("). Retype them.',
      ),
    );
  }
  const captured = captures(segments, f.text);
  const outputs = segments.filter((s) => s.kind === 'output' && !ESCAPED.test(s.inner));
  for (const s of outputs) {
    const str = stringAround(strings, s.start);
    if (!str?.key || !FREE_TEXT_KEYS.has(str.key)) continue;
    const content = captured.get(s.inner);
    if (content !== undefined && !content.includes('{') && !UNSAFE_IN_JSON.test(content)) continue;
    out.push(
      withParams(
        issueAt(
          f,
          s.start,
          'braze.unescaped-free-text',
          'warning',
          `"${str.key}" inserts {{ ${s.inner} }} without json_escape: a quote, backslash or line break in that text would break the JSON. Write {{ ${s.inner} | json_escape }}.`,
        ),
        { key: str.key, inner: s.inner },
      ),
    );
  }
}

/** Finds known Braze template mistakes before rendering (curly quotes, Portador, placeholder credential, unused :save, unescaped free text). */
export function checkBrazePitfalls(template: BrazeTemplate): Issue[] {
  const out: Issue[] = [];
  const fields = templateFields(template);
  const segmentsOf = fields.map((f) => liquidSegments(f.text));
  const saved = indexSavedVariables(segmentsOf);
  fields.forEach((f, index) => {
    const segments = segmentsOf[index] ?? [];
    curlyInLiquid(f, segments, out);
    const placeholder = PLACEHOLDER.exec(f.text);
    if (placeholder) {
      out.push(
        withParams(
          issueAt(
            f,
            placeholder.index,
            'braze.placeholder-credential',
            'error',
            `${placeName(f)} still contains the placeholder ${placeholder[0].trim()}: replace it with the name of your Braze Connected Content credential (Settings > Connected Content > Credentials), without < >.`,
          ),
          { placeholder: placeholder[0].trim() },
        ),
      );
    }
    checkSavedVariables(fields, segmentsOf, index, out, saved);
    if (f.headerName?.toLowerCase() === 'authorization') authorization(f, out, segments);
    if (f.field === 'body') unescapedFreeText(f, segments, out);
  });
  return out;
}
