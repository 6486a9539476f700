import { coerceDraft } from '../template';
import type { Draft } from '../event';
import type { NamedDraft } from './format';

/** Local-storage key prefix of saved drafts: one key per draft, `rcc.draft.<id>`. */
const DRAFT_KEY_PREFIX = 'rcc.draft.';
/** Version of one stored draft record (the `v` field). */
const RECORD_VERSION = 2;

/** The local-storage key of the draft `id`. */
export const draftKey = (id: string): string => DRAFT_KEY_PREFIX + id;

/** The draft id stored under `key`, or null when the key is not a draft's. */
export const idFromKey = (key: string): string | null =>
  key.startsWith(DRAFT_KEY_PREFIX) && key.length > DRAFT_KEY_PREFIX.length
    ? key.slice(DRAFT_KEY_PREFIX.length)
    : null;

// Fields equal to the schema's own defaults are left out of storage (they are a fifth of a small draft).
const FIELD_DEFAULTS = { mode: 'create', description: '', location: '', allDay: false } as const;
const OPTION_DEFAULTS = {
  quoteNotifyBefore: false,
  updateShape: 'nested',
  appendUserId: true,
  abortWithoutSubscriptions: true,
  startOccurrence: 'earlier',
  endOccurrence: 'earlier',
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function withoutDefaults(values: Record<string, unknown>, defaults: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!(key in defaults) || defaults[key] !== value) out[key] = value;
  }
  return out;
}

/** Serialises a saved draft for its storage key: `{"v":2,"name","rev","savedAt","draft"}`, defaults left out. */
export function encodeRecord(record: NamedDraft): string {
  const { options, ...fields } = record.draft;
  const compact = withoutDefaults(fields, FIELD_DEFAULTS);
  const compactOptions = isRecord(options) ? withoutDefaults(options, OPTION_DEFAULTS) : {};
  if (Object.keys(compactOptions).length > 0) compact.options = compactOptions;
  return JSON.stringify({
    v: RECORD_VERSION,
    name: record.name,
    rev: record.rev,
    savedAt: record.savedAt,
    draft: compact,
  });
}

/** Fills a stored (compact) draft back to a full Draft, keeping half-typed values and unknown fields. */
export function expandDraft(stored: Record<string, unknown>): Draft {
  const options = isRecord(stored.options) ? stored.options : {};
  const full = { ...FIELD_DEFAULTS, ...stored, options: { ...OPTION_DEFAULTS, ...options } };
  return { ...full, ...coerceDraft(full) };
}

/** Reads the record stored under the draft `id`; null when it is damaged (it is then left as it is). */
export function decodeRecord(id: string, raw: string): NamedDraft | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !isRecord(parsed.draft)) return null;
  const { v, name, rev, savedAt, draft } = parsed;
  if (typeof v !== 'number' || typeof name !== 'string' || !name.trim()) return null;
  if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 1) return null;
  return {
    id,
    name,
    rev,
    savedAt: typeof savedAt === 'string' ? savedAt : new Date(0).toISOString(),
    draft: expandDraft(draft),
  };
}
