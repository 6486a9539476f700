import { DRAFTS_FORMAT, DRAFTS_VERSION } from './format';

/** A drafts payload after migration: the current shape, drafts still unchecked. */
interface MigratedPayload {
  version: number;
  drafts: unknown[];
  /** Set when the data was written by a newer version than this code knows. */
  newerVersion?: number;
}

export type MigrationResult = { ok: true; payload: MigratedPayload } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0 (the prototype, before the envelope existed) stored a bare array of
 * `{ name, draft, updatedAt }`; version 1 wraps `{ id, name, savedAt, draft }` in the envelope.
 */
function fromVersion0(entries: unknown[]): unknown[] {
  return entries.map((entry) => {
    if (!isRecord(entry)) return entry;
    const { updatedAt, ...rest } = entry;
    return { ...rest, savedAt: typeof rest.savedAt === 'string' ? rest.savedAt : updatedAt };
  });
}

/**
 * Brings any known drafts payload (a version-0 array or a versioned envelope) to the current version;
 * never throws, and explains in a sentence why data it cannot read is not a drafts file.
 */
export function migrateDrafts(raw: unknown): MigrationResult {
  if (Array.isArray(raw)) {
    return { ok: true, payload: { version: DRAFTS_VERSION, drafts: fromVersion0(raw) } };
  }
  if (!isRecord(raw)) return { ok: false, error: 'The file does not contain a drafts object.' };
  if (raw.format !== DRAFTS_FORMAT) {
    return {
      ok: false,
      error: `This is not a Rokt Calendar Composer drafts file: "format" should be "${DRAFTS_FORMAT}".`,
    };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: 'The drafts file has no valid "version" number.' };
  }
  if (!Array.isArray(raw.drafts)) {
    return { ok: false, error: 'The drafts file has no "drafts" list.' };
  }
  const drafts = version === 0 ? fromVersion0(raw.drafts) : raw.drafts;
  return {
    ok: true,
    payload: {
      version: DRAFTS_VERSION,
      drafts,
      ...(version > DRAFTS_VERSION ? { newerVersion: version } : {}),
    },
  };
}
