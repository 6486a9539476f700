import type { Draft } from '../event';
import { toEnvelope, type NamedDraft } from './format';
import { newDraftId } from './new-id';

/** Serialises named drafts as a pretty-printed versioned drafts file. */
export function draftsFileText(drafts: NamedDraft[]): string {
  return `${JSON.stringify(toEnvelope(drafts), null, 2)}\n`;
}

/** Serialises one (current) draft as a drafts file holding a single named draft. */
export function currentDraftFileText(draft: Draft, name: string, now: Date = new Date()): string {
  return draftsFileText([{ id: newDraftId(), name, savedAt: now.toISOString(), draft }]);
}

/** A safe download file name from a draft name: `summer-sale.rcc.json`. */
export function draftsFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'drafts'}.rcc.json`;
}
