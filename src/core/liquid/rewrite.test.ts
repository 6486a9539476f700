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

describe('rewriteBraze: what liquidjs is given', () => {
  it.each([
    // Nothing Braze-only: the text is handed over as written.
    ['{{ a }} and { b }', '{{ a }} and { b }'],
    ['{{ a | plus: 1 }}{{b}}', '{{ a | plus: 1 }}{{b}}'],
    // `${}` outside {{ }} and {% %} is plain text in Braze too.
    ['{% assign a = 1 %}${x} {x}', '{% assign a = 1 %}${x} {x}'],
    // A name of spaces only is kept as an empty name.
    ['{{ ${ } }}', '{{ __braze_user[""] }}'],
    // Inner braces with a filter become parentheses, also inside an output.
    ['{{ a | plus: {{b | size}} }}', '{{ a | plus: ( b | size ) }}'],
    // A `|` inside quotes or inside ${} is not a filter: the braces become spaces.
    ['{% if {{ "a|b" }} == x %}', '{% if    "a|b"    == x %}'],
    ['{% if {{ custom_attribute.${a|b} }} == x %}', '{% if    custom_attribute["a|b"]    == x %}'],
    // An inner `{{ }}` directly followed by `[` or `.` closes without a space, so the lookup stays attached.
    ['{{ {{x}}.size }}', '{{   x.size }}'],
    ['{% assign n = {{x}}[1] %}', '{% assign n =   x[1] %}'],
    ['{% assign n = {{x}} | size %}', '{% assign n =   x   | size %}'],
    // Two levels of inner braces.
    ['{% if {{ a | plus: {{b}} }} > 1 %}', '{% if (  a | plus:   b    ) > 1 %}'],
    // Quotes inside a tag are strings: braces and ${} inside them are left alone.
    ['{% assign a = "{{x}} ${y}" %}{{${z}}}', '{% assign a = "{{x}} ${y}" %}{{__braze_user["z"]}}'],
    ["{% assign a = '%}' %}{{${z}}}", '{% assign a = \'%}\' %}{{__braze_user["z"]}}'],
    // A quote never closed, or a ${ never closed, leaves the rest of the text as written.
    ['{% assign a = "x %}{{${z}}}', '{% assign a = "x %}{{${z}}}'],
    ['{{ a }}{{ ${x', '{{ a }}{{ ${x'],
    // A `%}` inside inner braces does not end the tag.
    ['{% if {{ a %} }} %}{{${z}}}', '{% if    a %}    %}{{__braze_user["z"]}}'],
    // connected_content keeps its braces and its quotes (JSON headers), but still reads ${} and quotes in {{ }}.
    [
      '{% connected_content https://a/{{ "}}" | append: ${x} }} :headers {"k": "{{${t}}}"} %}',
      '{% connected_content https://a/{{ "}}" | append: __braze_user["x"] }} :headers {"k": "{{__braze_user["t"]}}"} %}',
    ],
    // raw with whitespace control, and raw that is never closed.
    ['{%- raw -%}{{${x}}}{%- endraw -%}{{${y}}}', '{%- raw -%}{{${x}}}{%- endraw -%}{{__braze_user["y"]}}'],
    ['{% raw %}{{${x}}}', '{% raw %}{{${x}}}'],
    // A tag name is read even when the braces follow it without a space.
    ['{% elsif{{x | size}} == 1 %}', '{% elsif( x | size ) == 1 %}'],
  ])('%j becomes %j', (source, code) => {
    expect(rewriteBraze(source).code).toBe(code);
  });
});

describe('rewriteBraze: warnings at the place the user typed', () => {
  const w = (kind: string, offset: number, detail: string) => ({
    code: `liquid.lax-${kind}`,
    offset,
    detail,
  });
  it.each([
    ['{{ ${ first_name } }}', [w('spaces-in-name', 3, 'first_name')]],
    ['{{ ${first_name } }}', [w('spaces-in-name', 3, 'first_name')]],
    ['{{ ${first_name} }}', []],
    ['{{ ${ } }}', []],
    ['{{ a | plus: {{balance}} }}', [w('nested-output', 13, 'balance')]],
    ['{{ a | plus: {{ custom_attribute.${b} }} }}', [w('nested-output', 13, 'custom_attribute.${b}')]],
    ['{{ a | plus: {{ custom_attribute.${b}', [w('nested-output', 13, 'custom_attribute.${b}')]],
    // Only the outermost inner braces are reported.
    ['{{ a | plus: {{ b | plus: {{c}} }} }}', [w('nested-output', 13, 'b | plus: {{c')]],
    ['x {% if {{cats | size}} == 1 %}', [w('filter-in-condition', 8, 'if')]],
    ['{% unless {{cats | size}} == 1 %}', [w('filter-in-condition', 10, 'unless')]],
    ['{% for c in {{cats | sort}} %}', [w('filter-in-condition', 12, 'for')]],
    // No filter, or a tag that takes filters: no warning.
    ['{% if {{cats}} == 1 %}', []],
    ['{% assign n = {{cats | size}} %}', []],
    ['{% connected_content https://a/{{x | url_encode}} %}', []],
    ['{% elsif{{x}} == 1 %}', [w('glued-tag-name', 0, 'elsif')]],
    ['a{%- if{{x}} %}', [w('glued-tag-name', 1, 'if')]],
    ['{% if {{x}} %}', []],
    ['Hi {% abort_message(no subscriptions) %}', [w('unquoted-reason', 3, 'no subscriptions')]],
    ['{% abort_message(  padded reason  ) %}', [w('unquoted-reason', 0, 'padded reason')]],
    ["{% abort_message('quoted') %}", []],
    ['{% abort_message("quoted") %}', []],
    ['{% abort_message() %}', []],
    ['{% abort_message no parentheses %}', []],
  ])('%j', (source, expected) => {
    const found = rewriteBraze(source).warnings.map((x) => ({
      code: x.code,
      offset: x.offset,
      detail: x.params.detail,
    }));
    expect(found).toEqual(expected);
  });
});

describe('rewriteBraze: offsets in the text liquidjs parses map back to the text the user wrote', () => {
  it.each([
    // [source, text in the rewritten code, where it was typed]
    ['{{${a}}} {{ b | oops }}', '| oops', '| oops'],
    ['{{${a}}} {{ b | oops }}', '__braze_user', '${a}'],
    ['{{ x.${name} }} !', '["name"]', '.${name}'],
    ['{{ x.${name} }} !', ' !', ' !'],
    ['{% if {{c | size}} == 1 %}{{ bad | oops }}', '| oops', '| oops'],
    ['{% if {{c | size}} == 1 %}{{ bad | oops }}', '== 1', '== 1'],
    ['{% if {{c | size}} == 1 %}{{ bad | oops }}', 'c | size', 'c | size'],
    ['{% assign n = {{x}}[1] %}END', '[1]', '[1]'],
    ['{% assign n = {{x}}[1] %}END', 'END', 'END'],
    ['{{ ${ long name here } }} tail', ' tail', ' tail'],
  ])('in %j, %j is at %j', (source, inCode, inSource) => {
    const { code, toOriginal } = rewriteBraze(source);
    expect(code).toContain(inCode);
    expect(toOriginal(code.indexOf(inCode))).toBe(source.indexOf(inSource));
  });

  it('maps a place inside a replaced ${} no further than the end of the ${} the user wrote', () => {
    const source = '{{${a}}} {{ b }}';
    const { code, toOriginal } = rewriteBraze(source);
    expect(toOriginal(code.indexOf('["a"]'))).toBe(source.indexOf('${a}') + '${a}'.length);
  });

  it('maps the end of the text to the end of what was written, and an offset past it no further', () => {
    const source = '{{${a}}}';
    const { code, toOriginal } = rewriteBraze(source);
    expect(toOriginal(code.length)).toBe(source.length);
    expect(toOriginal(code.length + 5)).toBe(source.length);
  });

  it('keeps offsets unchanged when nothing is rewritten', () => {
    const { toOriginal } = rewriteBraze('{{ a | oops }}');
    expect([0, 3, 6, 14].map(toOriginal)).toEqual([0, 3, 6, 14]);
  });
});
