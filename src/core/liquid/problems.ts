/**
 * Turns liquidjs / Braze errors into LiquidProblem: a stable code, a sentence for a marketer, and
 * the position in the text the user wrote (mapped back through the Braze rewrite).
 */
import { BrazeProblemError } from './errors';
import { UNSUPPORTED_FILTERS } from './filters';
import { parserError } from './parser-errors';
import { positionOf } from './positions';
import type { Rewritten } from './rewrite';
import type { LiquidProblem } from './types';

interface TokenLike {
  input: string;
  begin: number;
  end: number;
}

interface ErrorLike {
  message?: unknown;
  token?: TokenLike;
  originalError?: unknown;
  name?: unknown;
}

/** The innermost error of a liquidjs wrapper chain that has the given class. */
export function findCause<T>(err: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 10; e = (e as ErrorLike).originalError, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

type Classified = {
  code: string;
  message: string;
  filter?: string;
  params?: Record<string, string | number>;
};

function notClosed(kind: string, text: string): Classified {
  if (kind === 'output')
    return {
      code: 'liquid.syntax',
      message: 'A {{ is not closed; add the missing }}.',
      params: { v: 'output' },
    };
  const name = /^\{%-?\s*(\w+)/.exec(text)?.[1];
  if (!/%\}$/.test(text))
    return name === undefined
      ? {
          code: 'liquid.syntax',
          message: 'A {% is not closed; add the missing %}.',
          params: { v: 'bare-tag' },
        }
      : {
          code: 'liquid.syntax',
          message: `The {% ${name} tag is not closed; add the missing %}.`,
          params: { v: 'tag', name },
        };
  const block = name ?? 'tag';
  return {
    code: 'liquid.syntax',
    message: `The {% ${block} %} block is not closed; add {% end${block} %} after its content.`,
    params: { v: 'block', name: block },
  };
}

function classify(err: unknown, rawMessage: string): Classified {
  const own = findCause(err, BrazeProblemError);
  if (own) return { code: own.code, message: own.message, params: own.params ?? { detail: own.message } };
  const filter = /undefined filter: ([\w-]+)/.exec(rawMessage)?.[1];
  if (filter && UNSUPPORTED_FILTERS.includes(filter)) {
    const message = `Braze does not support the "${filter}" filter; remove it or use another filter.`;
    return { code: 'liquid.unsupported-filter', message, filter, params: { filter } };
  }
  if (filter) {
    const message = `There is no "${filter}" filter in Braze Liquid; check its spelling or remove it.`;
    return { code: 'liquid.unknown-filter', message, filter, params: { filter } };
  }
  const tag = /tag "?([\w-]+)"? not found/.exec(rawMessage)?.[1];
  if (tag)
    return {
      code: 'liquid.unknown-tag',
      message: `There is no {% ${tag} %} tag in Braze Liquid; check its spelling.`,
      params: { tag },
    };
  if (/limit exceeded/.test(rawMessage)) {
    const message =
      'This template does too much work for a preview (a loop or range that is too long, or text that is too large); shorten it.';
    return { code: 'liquid.limit', message };
  }
  const unclosed = /^(output|tag) "?(.*?)"? not closed/s.exec(rawMessage);
  if (unclosed) return notClosed(unclosed[1]!, unclosed[2] ?? '');
  const name = (err as ErrorLike).name;
  if (name === 'ParseError' || name === 'TokenizationError') {
    const known = parserError(rawMessage);
    if (known) return { code: 'liquid.syntax', ...known };
    return {
      code: 'liquid.syntax',
      message: `Liquid syntax error: ${rawMessage}. Check the Liquid at this position.`,
      params: { v: 'parser', detail: rawMessage },
    };
  }
  return {
    code: 'liquid.render',
    message: `Liquid could not render this: ${rawMessage}.`,
    params: { v: 'engine', detail: rawMessage },
  };
}

/** Offset of the error in the rewritten code, narrowed to the offending filter when known. */
function offsetIn(code: string, token: TokenLike | undefined, filter: string | undefined): number {
  if (!token) return 0;
  let base = token.begin;
  if (token.input !== code) {
    const at = code.indexOf(token.input);
    base = at < 0 ? 0 : at + token.begin;
    return base;
  }
  if (filter) {
    const re = new RegExp(`\\|\\s*${filter}\\b`, 'g');
    re.lastIndex = token.begin;
    const m = re.exec(code);
    if (m && m.index < token.end) return m.index + m[0].length - filter.length;
  }
  return base;
}

/** A LiquidProblem for any error thrown while parsing or rendering `rewritten` (from `source`). */
export function toProblem(err: unknown, source: string, rewritten: Rewritten): LiquidProblem {
  const e = (err ?? {}) as ErrorLike;
  const inner = e.originalError as ErrorLike | undefined;
  const raw = String(inner?.message ?? e.message ?? err).replace(/, line:\d+, col:\d+$/, '');
  const { code, message, filter, params } = classify(err, raw);
  const offset = rewritten.toOriginal(offsetIn(rewritten.code, e.token, filter));
  return { code, message, ...positionOf(source, offset), ...(params ? { params } : {}) };
}
