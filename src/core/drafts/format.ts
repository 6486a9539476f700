import * as z from 'zod/mini';
import type { Draft } from '../event';

/** The `format` tag of every drafts file and of the named drafts kept in local storage. */
export const DRAFTS_FORMAT = 'rokt-calendar-composer/drafts';
/** The newest drafts file version this code writes and reads. */
export const DRAFTS_VERSION = 1;

/** A draft the marketer saved under a name. `draft` may carry fields from a newer version: they are kept. */
export interface NamedDraft {
  id: string;
  name: string;
  /** ISO 8601 instant of the last save. */
  savedAt: string;
  draft: Draft;
}

/** The versioned envelope written to files and to local storage. */
export interface DraftsEnvelope {
  format: typeof DRAFTS_FORMAT;
  version: typeof DRAFTS_VERSION;
  drafts: NamedDraft[];
}

/** One entry of a version-1 envelope before its draft is checked; unknown keys are kept. */
export const NamedDraftEntrySchema = z.looseObject({
  id: z.optional(z.string().check(z.minLength(1))),
  name: z.optional(z.string()),
  savedAt: z.optional(z.string()),
  draft: z.unknown(),
});

/** Minimal storage the drafts code needs (localStorage fits); injected so core stays DOM-free. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Wraps named drafts in the current versioned envelope. */
export function toEnvelope(drafts: NamedDraft[]): DraftsEnvelope {
  return { format: DRAFTS_FORMAT, version: DRAFTS_VERSION, drafts };
}
