import type { Messages } from '@lingui/core';
import { i18n } from './instance';
import { detectLocale, type AppLocale } from './locales';
import { readRememberedLocale, rememberLocale } from './locale-store';
import { loadIssueWordings } from '../issue-text';

/**
 * The catalogs of each language, split like the code: `shell` holds the messages of what the first paint
 * shows, `panels` those of the panels loaded later (Braze setup, calendar, test send, audience, import).
 */
export type CatalogPart = 'shell' | 'panels';

type Loader = () => Promise<{ messages: Messages }>;

/** English is the code's own language: each message is compiled next to its id (scripts/lingui-macro.ts). */
const english: Loader = () => Promise.resolve({ messages: {} });

/** One dynamic import per language and part: only what the active language needs is downloaded. */
const CATALOGS: Record<AppLocale, Record<CatalogPart, Loader>> = {
  en: { shell: english, panels: english },
  es: {
    shell: () => import('../../locales/es/shell.po'),
    panels: () => import('../../locales/es/panels.po'),
  },
};

/** The parts in use: the shell from the start, the panels once a panel has been opened. */
const partsInUse = new Set<CatalogPart>(['shell']);

async function load(locale: AppLocale, parts: CatalogPart[]): Promise<Messages> {
  // Another language words core's problems itself: its wordings load with its catalogs.
  const wordings = locale === 'en' ? Promise.resolve() : loadIssueWordings();
  const [catalogs] = await Promise.all([
    Promise.all(parts.map((part) => CATALOGS[locale][part]())),
    wordings,
  ]);
  return Object.assign({}, ...catalogs.map((c) => c.messages)) as Messages;
}

/** The language to start in: remembered choice, else the browser's languages, else English. */
export function initialLocale(): AppLocale {
  return detectLocale(readRememberedLocale(), typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** Loads `locale`'s catalogs for the parts in use, makes it the active language and sets `<html lang>`. */
export async function activateLocale(locale: AppLocale): Promise<void> {
  const messages = await load(locale, [...partsInUse]);
  i18n.loadAndActivate({ locale, messages });
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the interface language at the user's request and remembers it. */
export async function switchLocale(locale: AppLocale): Promise<void> {
  await activateLocale(locale);
  rememberLocale(locale);
}

/**
 * Loads a part's messages in the active language before a lazily loaded panel renders (a later switch of
 * language loads it too). Resolves at once when the part is already in use.
 */
export async function loadCatalogPart(part: CatalogPart): Promise<void> {
  if (partsInUse.has(part)) return;
  partsInUse.add(part);
  const locale = i18n.locale as AppLocale;
  if (!locale) return;
  const messages = await load(locale, [part]);
  // A switch of language during the download loaded this part for the new language already.
  if (i18n.locale === locale) i18n.load(locale, messages);
}
