import { toEnvelope, type NamedDraft } from './format';

/** Serialises named drafts as a pretty-printed versioned drafts file. */
export function draftsFileText(drafts: readonly NamedDraft[], now: Date): string {
  return `${JSON.stringify(toEnvelope([...drafts], now.toISOString()), null, 2)}\n`;
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
