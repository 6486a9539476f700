import * as z from 'zod/mini';
import { SampleUserSchema } from '../../core/sample-user';
import type { SampleUser } from '../../core/sample-user';

/** localStorage key of the sample users' selection and edits (versioned so later shapes can migrate). */
export const SAMPLE_USERS_STORAGE_KEY = 'rokt-calendar-composer:sample-users:v1';

/** What is stored: the chosen user and the edited copies of presets, by preset id. */
export interface SampleUsersStored {
  selected: string;
  edits: Record<string, SampleUser>;
}

const StoredSchema = z.object({
  version: z.literal(1),
  selected: z.string(),
  edits: z.record(z.string(), z.unknown()),
});

/** Reads the stored selection and edits; anything missing or malformed is ignored (never throws). */
export function loadSampleUsers(fallbackId: string): SampleUsersStored {
  try {
    const raw = globalThis.localStorage?.getItem(SAMPLE_USERS_STORAGE_KEY);
    const parsed = StoredSchema.safeParse(raw ? JSON.parse(raw) : null);
    if (!parsed.success) return { selected: fallbackId, edits: {} };
    const edits: Record<string, SampleUser> = {};
    for (const [id, value] of Object.entries(parsed.data.edits)) {
      const user = SampleUserSchema.safeParse(value);
      if (user.success) edits[id] = user.data;
    }
    return { selected: parsed.data.selected, edits };
  } catch {
    return { selected: fallbackId, edits: {} };
  }
}

/** Writes the selection and edits; a full or blocked storage is ignored (the edits live on in memory). */
export function saveSampleUsers(stored: SampleUsersStored): void {
  try {
    globalThis.localStorage?.setItem(SAMPLE_USERS_STORAGE_KEY, JSON.stringify({ version: 1, ...stored }));
  } catch {
    // Storage full or disabled (private mode): nothing to do, the panel keeps working.
  }
}
