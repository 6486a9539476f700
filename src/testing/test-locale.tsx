import { i18n } from '../ui/i18n/instance';
import { messages as enPanels } from '../locales/en/panels.po';
import { messages as enShell } from '../locales/en/shell.po';
import { messages as esPanels } from '../locales/es/panels.po';
import { messages as esShell } from '../locales/es/shell.po';

const CATALOGS = { en: { ...enShell, ...enPanels }, es: { ...esShell, ...esPanels } };

/** Makes `locale` the active interface language for the rest of a test (every catalog part loaded). */
export function activateTestLocale(locale: keyof typeof CATALOGS): void {
  i18n.loadAndActivate({ locale, messages: CATALOGS[locale] });
}
