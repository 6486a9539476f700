import { describe, expect, it } from 'vitest';
import { jsonEscape } from './filters-braze';
import { renderBraze } from './render-braze';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

const render = (source: string) => renderBraze(source, GUIDE_USER, { now: new Date('2024-03-10T12:00:00Z') });

describe('Braze filters (values from braze.com/docs and RFC test vectors)', () => {
  it.each([
    ["{{ 'abc' | md5 }}", '900150983cd24fb0d6963f7d28e17f72'],
    ["{{ 'hey' | md5 }}", '6057f13c496ecf7fd777ceb9e79ae285'],
    ["{{ 'hey' | sha1 }}", '7f550a9f4c44173a37664d938f1355f0f92a47a7'],
    ["{{ 'abc' | sha1 }}", 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ["{{ 'hey' | sha2 }}", 'fa690b82061edfd2852629aeba8a8977b57e40fcb77d1a7a28b26cba62591204'],
    ["{{ 'blah' | base64_encode }}", 'YmxhaA=='],
    ["{{ 'ñ✓' | base64_encode }}", 'w7HinJM='],
    ["{{ 'hey' | hmac_sha1_hex: 'secret_key' }}", '2a3969bed25bfeefb00aca4063eb9590b4df8f0e'],
    ["{{ 'hey' | hmac_sha1_base64: 'secret_key' }}", 'KjlpvtJb/u+wCspAY+uVkLTfjw4='],
    [
      "{{ 'hey' | hmac_sha256_hex: 'secret_key' }}",
      '8df897f8da3d7992fe57c8dbc6f27578cfbf2dcc4d0fbb4000b8c924841d508e',
    ],
    ["{{ 'hey' | hmac_sha256_base64: 'secret_key' }}", 'jfiX+No9eZL+V8jbxvJ1eM+/LcxND7tAALjJJIQdUI4='],
    [
      "{{ 'The quick brown fox jumps over the lazy dog' | hmac_sha512: 'key' }}",
      'b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a',
    ],
    ["{{ 'hey<>hi' | url_escape }}", 'hey%3C%3Ehi'],
    ["{{ 'hey<&>hi' | url_param_escape }}", 'hey%3C%26%3Ehi'],
    ["{{ 'google search' | url_encode }}", 'google+search'],
    ["{{ 'a&b=c*' | url_encode }}", 'a%26b%3Dc%2A'],
    ["{{ custom_attribute.${prefs} | property_accessor: 'lang' }}", 'es'],
    ['{{ 123456 | number_with_delimiter }}', '123,456'],
    ['{{ 1234567.25 | number_with_delimiter }}', '1,234,567.25'],
    ['{{ -1234567.25 | number_with_delimiter }}', '-1,234,567.25'],
    ['{{ -999 | number_with_delimiter }}', '-999'],
    ["{{ 'abc' | number_with_delimiter }}", 'abc'],
    ['{{ 145 | money }}', '145.00'],
    ['{{ 3.5 | money }}', '3.50'],
    ['{% assign o = \'{"a":[1,2]}\' | json_parse %}{{ o.a[1] }}', '2'],
    ['{{ custom_attribute.${prefs} | as_json_string }}', '{"lang":"es","tags":["a","b"],"none":null}'],
    ["{{ 'x' | as_json_string }}", '"x"'],
    ['{{ \'say "hi"\' | json_escape }}', 'say \\"hi\\"'],
    ["{{ ' padded ' | strip }}|{{ 'a,b' | split: ',' | last }}", 'padded|b'],
  ])('%s -> %s', async (source, expected) => {
    expect(await render(source)).toEqual({ ok: true, output: expected });
  });
});

describe('json_escape', () => {
  it.each([
    ['quotes', 'say "hi"', 'say \\"hi\\"'],
    ['backslash', 'C:\\dir', 'C:\\\\dir'],
    ['newline', 'a\nb', 'a\\nb'],
    ['carriage return', 'a\r\nb', 'a\\r\\nb'],
    ['tab', 'a\tb', 'a\\tb'],
    ['unicode control', 'a\u0001b\u001fc', 'a\\u0001b\\u001fc'],
    ['line separator', 'a\u2028b', 'a\\u2028b'],
    ['plain unicode kept', 'café ✓', 'café ✓'],
    ['nil', undefined, ''],
  ])('%s', (_name, input, expected) => {
    expect(jsonEscape(input)).toBe(expected);
  });

  it('makes any value safe inside a JSON string', async () => {
    const nasty = 'He said "hi"\\\n\t\u0007';
    const result = await renderBraze('{"t": "{{custom_attribute.${t} | json_escape}}"}', {
      ...GUIDE_USER,
      custom_attributes: { t: nasty },
    });
    expect(JSON.parse(result.output)).toEqual({ t: nasty });
  });
});

describe('filters Braze does not have', () => {
  it.each([
    ['{{ x | lstrip }}', 'liquid.unsupported-filter', 8, /Braze does not support the "lstrip" filter/],
    ['{{ 5 | money_with_currency }}', 'liquid.unsupported-filter', 8, /"money_with_currency"/],
    ['{{ a | find_index: "x", 1 }}', 'liquid.unsupported-filter', 8, /"find_index"/],
    ["{{ 'a' | upcase | shout }}", 'liquid.unknown-filter', 19, /There is no "shout" filter/],
  ])('%s', async (source, code, column, message) => {
    const result = await render(source);
    expect(result).toMatchObject({ ok: false, problem: { code, line: 1, column, excerpt: source } });
    expect(result.ok || result.problem?.message).toMatch(message);
  });
});
