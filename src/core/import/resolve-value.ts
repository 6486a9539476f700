import { TRAILING_BRACE } from '../template';
import { skipLiquid } from './braze-body-reader';

/** A `{% capture name %}…{% endcapture %}` block found in a body. */
export interface Capture {
  name: string;
  value: string;
  text: string;
}

const CAPTURE = /\{%-?\s*capture\s+(\w+)\s*-?%\}([\s\S]*?)\{%-?\s*endcapture\s*-?%\}/g;

/** Returns the body without its capture blocks, and the captures (a later capture of a name wins). */
export function extractCaptures(body: string): { rest: string; captures: Map<string, Capture> } {
  const captures = new Map<string, Capture>();
  const rest = body.replace(CAPTURE, (text, name: string, value: string) => {
    const unescaped = value.endsWith(TRAILING_BRACE) ? value.slice(0, -TRAILING_BRACE.length) + '{' : value;
    captures.set(name, { name, value: unescaped, text });
    return '';
  });
  return { rest, captures };
}

/** Decodes JSON string escapes (`\"`, `\n`, `\u00e9`…); text that is not a valid JSON string body is returned as is. */
function jsonUnescape(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

const VARIABLE_OUTPUT = /^\{\{-?\s*(\w+)\s*(\|\s*json_escape\s*)?-?\}\}$/;

/**
 * Returns the text a marketer would type for a JSON string value from a Braze body: literal parts decoded,
 * `{{capturedVar}}` replaced by the capture's text (decoded when it was printed without json_escape, since
 * it was then written as JSON), other Liquid kept verbatim. Names of the captures used are added to `used`.
 */
export function resolveString(raw: string, captures: Map<string, Capture>, used: Set<string>): string {
  let out = '';
  let literal = '';
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '{' && (raw[i + 1] === '{' || raw[i + 1] === '%')) {
      const end = skipLiquid(raw, i);
      const token = raw.slice(i, end);
      const m = VARIABLE_OUTPUT.exec(token);
      const capture = m ? captures.get(m[1]!) : undefined;
      out += jsonUnescape(literal);
      literal = '';
      if (m && capture) {
        used.add(capture.name);
        out += m[2] ? capture.value : jsonUnescape(capture.value);
      } else out += token;
      i = end;
    } else literal += raw[i++];
  }
  return out + jsonUnescape(literal);
}
