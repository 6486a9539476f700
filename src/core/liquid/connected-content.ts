/**
 * `{% connected_content URL [:option value ...] %}`: the URL and every option value may contain
 * Liquid. The resolver's answer is stored in the `:save` variable (default `connected`); the tag
 * prints nothing.
 */
import { Tag } from 'liquidjs';
import type { Context, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import { BrazeProblemError } from './errors';
import { BrazeContext } from './ruby';
import type { ConnectedContentCall, ConnectedContentResolver } from './types';

/** Preview stand-in: a placeholder OAuth token for a token URL, an empty 200 answer otherwise. */
export const previewConnectedContent: ConnectedContentResolver = (call) =>
  /token/i.test(call.url)
    ? { access_token: 'PREVIEW_TOKEN', expires_in: 300, __http_status_code__: 200 }
    : { __http_status_code__: 200 };

/** Split the tag's text into the URL and `:name value` options (braces and quotes respected). */
export function splitConnectedContentArgs(args: string): { url: string; options: [string, string | true][] } {
  const pieces: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (depth > 0 && (c === '"' || c === "'")) quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c) && args[i + 1] === ':' && /[A-Za-z_]/.test(args[i + 2] ?? '')) {
      pieces.push(args.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(args.slice(start));
  const [first = '', ...rest] = pieces;
  const url = first.trim().startsWith(':') ? '' : first.trim();
  if (url === '' && first.trim() !== '') rest.unshift(first.trim());
  const options = rest.map((p): [string, string | true] => {
    const m = /^:(\w+)\s*([\s\S]*)$/.exec(p.trim());
    const value = m?.[2]?.trim() ?? '';
    return [m?.[1] ?? p.trim(), value === '' ? true : value];
  });
  return { url, options };
}

function parseHeaders(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BrazeProblemError(
      'connected-content.headers',
      `The :headers of connected_content must be a JSON object like {"X-Key": "value"}; got ${text.slice(0, 40)}.`,
      { value: text.slice(0, 40) },
    );
  }
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
}

/** The liquidjs tag class implementing `connected_content`. */
export class ConnectedContentTag extends Tag {
  private readonly url: Template[];
  private readonly options: [string, Template[] | true][];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const { url, options } = splitConnectedContentArgs(token.args);
    if (!url)
      throw new BrazeProblemError(
        'connected-content.url',
        'connected_content needs a URL right after the tag name.',
      );
    this.url = liquid.parse(url);
    this.options = options.map(([name, value]) => [name, value === true ? true : liquid.parse(value)]);
  }

  *render(ctx: Context): Generator<unknown, void, unknown> {
    const url = String(yield this.liquid.renderer.renderTemplates(this.url, ctx)).trim();
    const options: Record<string, string | true> = {};
    for (const [name, tpl] of this.options) {
      options[name] = tpl === true ? true : String(yield this.liquid.renderer.renderTemplates(tpl, ctx));
    }
    const text = (k: string): string | undefined =>
      typeof options[k] === 'string' ? (options[k] as string) : undefined;
    const call: ConnectedContentCall = {
      url,
      method: (text('method') ?? 'GET').toUpperCase(),
      save: text('save') ?? 'connected',
      options,
    };
    if (text('body') !== undefined) call.body = text('body');
    if (text('headers') !== undefined) call.headers = parseHeaders(text('headers')!);
    if (text('basic_auth') !== undefined) call.basicAuth = text('basic_auth');
    const resolver = ctx instanceof BrazeContext ? ctx.resolver : previewConnectedContent;
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      const answer = resolver(call);
      outcome =
        answer instanceof Promise
          ? ((yield answer.then(
              (value: unknown) => ({ ok: true, value }),
              (error: unknown) => ({ ok: false, error }),
            )) as typeof outcome)
          : { ok: true, value: answer };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (!outcome.ok) {
      const why = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      throw new BrazeProblemError(
        'connected-content.failed',
        `The Connected Content call to ${url} failed: ${why}. Check the URL and credentials, or try again.`,
        { url, detail: why },
      );
    }
    ctx.bottom()[call.save] = outcome.value;
  }
}
