import type { ImportContext } from './import-context';
import { importEventFields } from './import-event';
import { extractCaptures } from './resolve-value';
import { BrazeBodyReader, findObjectStart, skipLiquid } from './braze-body-reader';
import type { BodyValue } from './braze-body-reader';

const KNOWN_PRELUDE = [
  /^\{%-?\s*assign\s+\w+\s*=.*rokt:subscription_id/s,
  /^\{%-?\s*if\s+\w+\s*==\s*(blank|empty|nil)\s*-?%\}$/,
  /^\{%-?\s*abort_message\b/,
  /^\{%-?\s*endif\s*-?%\}$/,
];

interface Prelude {
  aborts: boolean;
  /** Variable assigned from rokt:subscription_id, if any. */
  idsVariable: string | null;
}

/** Reads the Liquid before the JSON (abort, ids assign); notes anything else as unmapped. */
function importPrelude(prelude: string, ctx: ImportContext): Prelude {
  let aborts = false;
  let idsVariable: string | null = null;
  let i = 0;
  while (i < prelude.length) {
    if (prelude[i] === '{' && (prelude[i + 1] === '{' || prelude[i + 1] === '%')) {
      const end = skipLiquid(prelude, i);
      const token = prelude.slice(i, end);
      if (/abort_message/.test(token)) aborts = true;
      if (KNOWN_PRELUDE[0]!.test(token)) idsVariable = /assign\s+(\w+)/.exec(token)?.[1] ?? null;
      if (!KNOWN_PRELUDE.some((re) => re.test(token))) {
        ctx.skip(
          'body',
          token,
          'Liquid before the JSON that the composer does not generate; it is left out.',
          { code: 'liquid-before-json' },
        );
      }
      i = end;
    } else {
      const next = prelude.slice(i).search(/\{[{%]/);
      const end = next === -1 ? prelude.length : i + next;
      const text = prelude.slice(i, end).trim();
      if (text) ctx.skip('body', text, 'Text before the JSON; it is left out.', { code: 'text-before-json' });
      i = end;
    }
  }
  return { aborts, idsVariable };
}

/** Fills the draft from a pasted webhook body (captures, Liquid or literal JSON values); never throws. */
export function importBody(body: string, ctx: ImportContext): void {
  try {
    const { rest, captures } = extractCaptures(body);
    const start = findObjectStart(rest);
    if (start === -1) {
      ctx.skip('body', body, 'No JSON object was found in the body; the event fields keep their defaults.', {
        code: 'no-json',
      });
      return;
    }
    const prelude = importPrelude(rest.slice(0, start), ctx);
    const reader = new BrazeBodyReader(rest, start);
    const root = reader.value();
    const trailing = rest.slice(reader.pos).trim();
    if (trailing)
      ctx.skip('body', trailing, 'Text after the JSON object; it is left out.', { code: 'text-after-json' });
    if (root.kind !== 'object') return;
    const used = new Set<string>();
    importRoot(root.entries, captures, used, prelude, ctx);
    for (const c of captures.values()) {
      if (!used.has(c.name))
        ctx.skip(`capture ${c.name}`, c.text, 'Captured but not used by a field the composer knows.', {
          code: 'capture-unused',
        });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    ctx.skip(
      'body',
      body,
      `The body is not JSON the composer can read (${why}); the event fields keep their defaults.`,
      { code: 'body-unreadable', params: { detail: why } },
    );
  }
}

function importRoot(
  entries: { key: string; value: BodyValue }[],
  captures: Parameters<typeof importEventFields>[1],
  used: Set<string>,
  prelude: Prelude,
  ctx: ImportContext,
): void {
  const event = entries.find((e) => e.key === 'event')?.value;
  const nested = event?.kind === 'object';
  if (ctx.draft.mode === 'update') {
    ctx.draft.options.updateShape = nested ? 'nested' : 'flat';
    ctx.map('options.updateShape');
  } else if (!nested) {
    ctx.skip(
      'body',
      '{…}',
      'A create body needs the event fields inside "event": {…}; the composer nests them.',
      { code: 'create-not-nested' },
    );
  }
  const ids = entries.find((e) => e.key === 'subscriptionIds')?.value;
  if (nested) {
    importEventFields(event.entries, captures, used, ctx, 'event.');
    for (const e of entries) {
      if (e.key !== 'event' && e.key !== 'subscriptionIds') {
        ctx.skip(
          e.key,
          e.value.kind === 'string' ? e.value.raw : '…',
          'The composer does not edit this field; it is left out.',
          { code: 'field-not-edited' },
        );
      }
    }
  } else {
    importEventFields(
      entries.filter((e) => e.key !== 'subscriptionIds'),
      captures,
      used,
      ctx,
      '',
    );
  }
  importSubscriptionIds(ids, prelude, ctx);
}

function importSubscriptionIds(ids: BodyValue | undefined, prelude: Prelude, ctx: ImportContext): void {
  const raw =
    ids === undefined ? '' : ids.kind === 'string' ? ids.raw : ids.kind === 'object' ? '{…}' : ids.raw;
  const fromAttribute =
    raw.includes('rokt:subscription_id') ||
    (prelude.idsVariable !== null && new RegExp(`\\b${prelude.idsVariable}\\b`).test(raw));
  if (ids && !fromAttribute) {
    ctx.skip(
      'subscriptionIds',
      raw,
      "The composer always sends the subscriber's rokt:subscription_id values; these ids are not kept.",
      { code: 'ids-not-kept' },
    );
  }
  if (ctx.draft.mode === 'update') {
    if (ids)
      ctx.skip(
        'subscriptionIds',
        raw,
        'An update is matched by eventId; the composer sends no subscriptionIds.',
        { code: 'update-ids' },
      );
    return;
  }
  if (prelude.aborts || /\{%-?\s*for\b/.test(raw)) {
    ctx.draft.options.abortWithoutSubscriptions = prelude.aborts;
    ctx.map('options.abortWithoutSubscriptions');
  }
}
