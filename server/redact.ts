/** Forms shorter than this are not redacted on their own (they would match ordinary text). */
const MIN_FORM = 6;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The part of base64(x + secret + y) that depends only on `secret`, for each of the three alignments a secret can
 * have inside a longer encoded text (so "Bearer <token>" encoded as a whole is caught too).
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const cores: string[] = [];
  for (const lead of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64');
    const start = [0, 2, 3][lead] as number;
    const end = Math.floor(((lead + bytes.length) * 8) / 6);
    cores.push(encoded.slice(start, end));
  }
  return cores;
}

const percentAll = (secret: string) =>
  [...Buffer.from(secret, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const unicodeAll = (secret: string) =>
  [...secret].map((ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`).join('');

/** Every form a secret can take in an upstream answer: raw, base64/base64url at any alignment, URL- and form-encoded, JSON-escaped. Case is folded when matching. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  for (const core of base64Cores(secret)) {
    forms.add(core);
    forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  forms.add(encodeURIComponent(secret));
  forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
  forms.add(percentAll(secret));
  const json = JSON.stringify(secret).slice(1, -1);
  forms.add(json);
  forms.add(json.replace(/\//g, '\\/'));
  forms.add(unicodeAll(secret));
  return [...forms].filter((form) => form.length >= MIN_FORM);
}

/** Replaces every form of the given secrets (case-insensitively) with `[redacted]`. */
export interface Redactor {
  redact(text: string): string;
  /** The longest form matched: read this many bytes past a cut so a secret straddling it is still caught. */
  readonly longestForm: number;
}

/** Builds a redactor for `secrets` (strings shorter than 4 characters are ignored). */
function createRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter((s) => s.length >= 4).flatMap(secretForms))].sort(
    (a, b) => b.length - a.length,
  );
  if (forms.length === 0) return { redact: (text) => text, longestForm: 0 };
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'gi');
  return {
    redact: (text) => text.replace(pattern, '[redacted]'),
    longestForm: forms[0]?.length ?? 0,
  };
}

/** A redactor for fixed secrets plus a token list that is replaced (never mutated) when a token is issued. */
export function cachedRedactor(fixed: readonly string[], tokens: () => readonly string[]): () => Redactor {
  let seen: readonly string[] | null = null;
  let current = createRedactor(fixed);
  return () => {
    const list = tokens();
    if (list !== seen) {
      seen = list;
      current = createRedactor([...fixed, ...list]);
    }
    return current;
  };
}
