import { describe, expect, it } from 'vitest';
import { detectLocale, type AppLocale } from './locales';
import { formattingLocale } from './formatting-locale';

const BOTH: AppLocale[] = ['en', 'es'];

describe('detectLocale', () => {
  it.each([
    [null, ['es-ES', 'en'], 'es'],
    [null, ['es-MX'], 'es'],
    [null, ['ES_ar'], 'es'],
    [null, ['fr-FR', 'es-ES'], 'es'],
    [null, ['fr-FR', 'de'], 'en'],
    [null, [], 'en'],
    [null, ['en-GB', 'es'], 'en'],
    ['en', ['es-ES'], 'en'],
    ['es', ['en-US'], 'es'],
    ['de', ['es-ES'], 'es'],
    ['', ['fr'], 'en'],
  ] as const)('remembered %j, browser %j -> %s', (remembered, languages, expected) => {
    expect(detectLocale(remembered, languages, BOTH)).toBe(expected);
  });

  it('never picks a language that is not offered', () => {
    expect(detectLocale('es', ['es-ES'], ['en'])).toBe('en');
  });
});

describe('formattingLocale', () => {
  const when = new Date('2026-03-08T19:05:00Z');
  const show = (tag: string) =>
    new Intl.DateTimeFormat(tag, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(when);

  it.each([
    ['es', ['es-ES'], 'es-ES-u-hc-h23', '19:05'],
    ['es', ['es-MX', 'en'], 'es-MX-u-hc-h23', '19:05'],
    ['es', ['en-US'], 'es-ES-u-hc-h23', '19:05'],
    ['es', ['es-US-u-hc-h12'], 'es-US-u-hc-h23', '19:05'],
    ['en', ['en-GB'], 'en-GB', '19:05'],
    ['en', ['es-ES'], 'en-US', '7:05 PM'],
  ] as const)('%s with browser %j formats with %s (%s)', (locale, languages, tag, time) => {
    expect(formattingLocale(locale, languages)).toBe(tag);
    expect(show(formattingLocale(locale, languages)).replace(/\s/g, ' ')).toBe(time);
  });
});
