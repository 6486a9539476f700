import { fileURLToPath } from 'node:url';
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Words that stay the same in Spanish: names and technical terms the Spanish guide also uses as is. */
const SAME_IN_SPANISH = new Set([
  'sandbox',
  'id {eventId}',
  'Braze',
  'Rokt',
  'JSON',
  'Liquid',
  'URL',
  'cURL',
  'Webhook',
  'OK',
  // Spelled the same in Spanish.
  'Error',
  'Error: ',
  'no',
  'Español',
  'English',
]);

/** `{count, plural, …}`, `{name}`, `<0>` -> the argument and tag names a translation must keep. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([\w.]+)\s*[,}]/g)].map((m) => m[1] ?? '');
  const tags = [...message.matchAll(/<\/?(\d+)\/?>/g)].map((m) => `<${m[1] ?? ''}>`);
  return [...new Set([...names, ...tags])].sort();
}

type Extracted = Record<string, { message?: string }>;
type Translated = Record<string, { message?: string; translation?: string; obsolete?: boolean }>;

/** Each catalog part (shell, panels) with the messages its code holds and its English and Spanish files. */
const parts: { name: string; extracted: Extracted; english: Translated; spanish: Translated }[] = [];
let spanish: Translated;

beforeAll(async () => {
  const config = getConfig({ cwd: root, configPath: `${root}lingui.config.ts` });
  for (const catalog of await getCatalogs(config)) {
    parts.push({
      name: catalog.path,
      extracted: ((await catalog.collect()) ?? {}) as Extracted,
      english: (await catalog.read('en')) as Translated,
      spanish: (await catalog.read('es')) as Translated,
    });
  }
  spanish = Object.assign({}, ...parts.map((p) => p.spanish)) as Translated;
}, 120_000);

describe('message catalogs', () => {
  it('the committed catalogs hold exactly the messages in the code (no unused keys; run npm run i18n:extract)', () => {
    expect(parts.map((p) => p.name.replace(/^.*\//, ''))).toEqual(['shell', 'panels']);
    for (const part of parts) {
      const inCode = Object.keys(part.extracted).sort();
      expect(Object.keys(part.english).sort(), part.name).toEqual(inCode);
      expect(Object.keys(part.spanish).sort(), part.name).toEqual(inCode);
    }
    expect(Object.keys(spanish).length).toBeGreaterThan(0);
  });

  it('every message has a Spanish translation (no missing keys)', () => {
    const missing = Object.entries(spanish)
      .filter(([, m]) => !m.translation?.trim())
      .map(([id, m]) => m.message ?? id);
    expect(missing).toEqual([]);
  });

  it('no Spanish translation is left in English', () => {
    const untranslated = Object.values(spanish)
      .filter((m) => m.message && m.translation === m.message && !SAME_IN_SPANISH.has(m.message))
      .map((m) => m.message);
    expect(untranslated).toEqual([]);
  });

  it('every Spanish translation is valid ICU and keeps the placeholders and tags of its message', () => {
    const broken = Object.values(spanish).flatMap((m) => {
      const source = m.message ?? '';
      const translation = m.translation ?? '';
      try {
        compileMessage(translation);
      } catch (error) {
        return [`${source} -> ${String(error)}`];
      }
      return placeholders(source).join() === placeholders(translation).join()
        ? []
        : [`${source} -> ${translation}`];
    });
    expect(broken).toEqual([]);
  });
});
