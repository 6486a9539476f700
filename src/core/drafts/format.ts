import * as z from 'zod/mini';
import type { Draft } from '../event';

/** The `format` tag of every drafts file. */
export const DRAFTS_FORMAT = 'rokt-calendar-composer/drafts';
/** The newest drafts format version this code writes (files and local storage); older ones are migrated. */
export const DRAFTS_VERSION = 2;

/** A draft the marketer saved under a name. `draft` may carry fields from a newer version: they are kept. */
export interface NamedDraft {
  /** Stable id, kept across saves, renames, exports and imports. */
  id: string;
  name: string;
  /** Revision: 1 on the first save, +1 on every later save or rename. */
  rev: number;
  /** ISO 8601 instant of the last save. */
  savedAt: string;
  draft: Draft;
}

/** The versioned envelope written to files. */
export interface DraftsEnvelope {
  format: typeof DRAFTS_FORMAT;
  version: typeof DRAFTS_VERSION;
  exportedAt?: string;
  drafts: NamedDraft[];
}

/** One entry of an envelope before its draft is checked; unknown keys are kept. */
export const NamedDraftEntrySchema = z.looseObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  name: z.optional(z.string()),
  rev: z.optional(z.number().check(z.int(), z.minimum(1))),
  savedAt: z.optional(z.string()),
  draft: z.unknown(),
});

/**
 * Minimal synchronous key-value storage the drafts code needs (localStorage and sessionStorage fit);
 * injected so core stays free of platform APIs.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key currently stored. */
  keys(): string[];
}

/** Wraps named drafts in the current versioned envelope. */
export function toEnvelope(drafts: NamedDraft[], exportedAt?: string): DraftsEnvelope {
  return {
    format: DRAFTS_FORMAT,
    version: DRAFTS_VERSION,
    ...(exportedAt ? { exportedAt } : {}),
    drafts,
  };
}
