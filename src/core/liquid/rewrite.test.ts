import { describe, expect, it } from 'vitest';
import { rewriteBraze } from './rewrite';

describe('rewriteBraze', () => {
  it.each([
    ['{{${user_id}}}', '{{__braze_user["user_id"]}}'],
    ['{{custom_attribute.${rokt:account_code}}}', '{{custom_attribute["rokt:account_code"]}}'],
    ["{{custom_attribute.${a}| join: '}}' }}", '{{custom_attribute["a"]| join: \'}}\' }}'],
    ['{{custom_attribute.${say "hi"}}}', '{{custom_attribute[\'say "hi"\']}}'],
    ['{% assign a = {{custom_attribute.${x}}}[0] %}', '{% assign a =   custom_attribute["x"][0] %}'],
    ['{% if {{cats | size}} == 1 %}', '{% if ( cats | size ) == 1 %}'],
    ["{% elsif{{custom_attribute.${Game}}} == 'G' %}", '{% elsif  custom_attribute["Game"]   == \'G\' %}'],
    ['{{ a | plus: {{balance}} }}', '{{ a | plus:   balance   }}'],
    ['{{ ${ first_name } }}', '{{ __braze_user["first_name"] }}'],
    [
      '{% connected_content https://a/{{${user_id}}} %}',
      '{% connected_content https://a/{{__braze_user["user_id"]}} %}',
    ],
    ['{% raw %}{{${x}}}{% endraw %}{{${x}}}', '{% raw %}{{${x}}}{% endraw %}{{__braze_user["x"]}}'],
    ['plain ${x} text', 'plain ${x} text'],
  ])('%s', (source, code) => {
    expect(rewriteBraze(source).code).toBe(code);
  });

  it('maps every offset after a rewrite back to the original text', () => {
    const source = '{% assign a = {{custom_attribute.${x}}}[0] %}{{${user_id}}}|END';
    const { code, toOriginal } = rewriteBraze(source);
    expect(source[toOriginal(code.indexOf('|END'))]).toBe('|');
    expect(toOriginal(code.indexOf('[0]'))).toBe(source.indexOf('[0]'));
    expect(toOriginal(code.indexOf('__braze_user'))).toBe(source.indexOf('${user_id}'));
  });
});
