import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { messages as enPanels } from '../../locales/en/panels.po';
import { messages as enShell } from '../../locales/en/shell.po';
import { messages as esPanels } from '../../locales/es/panels.po';
import { messages as esShell } from '../../locales/es/shell.po';
import { i18n } from './instance';

const CATALOGS: Record<string, Messages> = {
  en: { ...enShell, ...enPanels },
  es: { ...esShell, ...esPanels },
};

type Token = string | [string, string?, Record<string, unknown>?];

/** Each placeholder of a compiled message with the kind of value it takes. */
function placeholders(tokens: unknown, found = new Map<string, string>()): Map<string, string> {
  if (!Array.isArray(tokens)) return found;
  for (const token of tokens as Token[]) {
    if (typeof token === 'string') continue;
    const [name, type, format] = token;
    if (!found.has(name) || type) found.set(name, type ?? 'text');
    if (format && typeof format === 'object')
      for (const choice of Object.values(format)) placeholders(choice, found);
  }
  return found;
}

/** Value sets that reach every branch: plural counts around each CLDR category, each select key, texts. */
function valueSets(tokens: unknown): Record<string, unknown>[] {
  const names = [...placeholders(tokens)];
  return [0, 1, 2, 5, 21, 1500].map((n) =>
    Object.fromEntries(
      names.map(([name, type]) => [
        name,
        type === 'text' ? `«${name}»` : type === 'select' ? (n % 2 ? 'other' : 'a') : n,
      ]),
    ),
  );
}

describe('the app i18n instance', () => {
  it.each(Object.keys(CATALOGS))('gives @lingui/core’s text for every %s message and value', (locale) => {
    const messages = CATALOGS[locale] ?? {};
    const lingui = setupI18n({ locale, messages: { [locale]: messages } });
    i18n.loadAndActivate({ locale, messages });
    const ids = Object.keys(messages);
    expect(ids.length).toBeGreaterThan(400);
    for (const id of ids) {
      for (const values of valueSets(messages[id])) expect(i18n._(id, values), id).toBe(lingui._(id, values));
    }
    i18n.loadAndActivate({ locale: 'en', messages: CATALOGS.en ?? {} });
  });

  it('shows a message missing from the catalog in its compiled English, and a plain key as itself', () => {
    i18n.loadAndActivate({ locale: 'es', messages: {} });
    const message = [['n', 'plural', { one: ['#', ' draft'], other: ['#', ' drafts'] }]];
    expect(i18n._({ id: 'x', message: message as never, values: { n: 1200 } })).toBe('1200 drafts');
    expect(i18n._({ id: 'Saved' })).toBe('Saved');
    i18n.loadAndActivate({ locale: 'en', messages: CATALOGS.en ?? {} });
  });

  it('tells its listeners of each change and stops when unsubscribed', () => {
    const seen: string[] = [];
    const off = i18n.on('change', () => seen.push(i18n.locale));
    i18n.loadAndActivate({ locale: 'es', messages: CATALOGS.es ?? {} });
    i18n.load('es', {});
    off();
    i18n.loadAndActivate({ locale: 'en', messages: CATALOGS.en ?? {} });
    expect(seen).toEqual(['es', 'es']);
  });
});
