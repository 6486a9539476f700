import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeFormattingLocale, formatNumber } from './format';
import { i18n } from './instance';

const before = i18n.locale;

afterEach(() => {
  vi.unstubAllGlobals();
  i18n.loadAndActivate({ locale: before, messages: {} });
});

describe('activeFormattingLocale', () => {
  it('follows a change of language, and of the browser’s languages, though it is worked out once per pair', () => {
    vi.stubGlobal('navigator', { languages: ['es-MX', 'en-GB'] });
    i18n.loadAndActivate({ locale: 'en', messages: {} });
    expect(activeFormattingLocale()).toBe('en-GB');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    i18n.loadAndActivate({ locale: 'es', messages: {} });
    expect(activeFormattingLocale()).toBe('es-MX-u-hc-h23');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    vi.stubGlobal('navigator', { languages: ['es-ES'] });
    expect(activeFormattingLocale()).toBe('es-ES-u-hc-h23');
    expect(formatNumber(12345.5)).toBe('12.345,5');
  });
});
