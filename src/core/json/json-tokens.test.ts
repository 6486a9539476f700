import { describe, expect, it } from 'vitest';
import { nextJsonToken } from './json-tokens';
import type { JsonDialect } from './json-tokens';

/** Every token of `text` as `kind:text` (broken ones as `kind!problem@offset`). */
function tokens(text: string, dialect: JsonDialect): string[] {
  const out: string[] = [];
  for (let t = nextJsonToken(text, 0, dialect); t.kind !== 'end'; t = nextJsonToken(text, t.end, dialect)) {
    const fault = 'fault' in t ? t.fault : undefined;
    out.push(
      fault ? `${t.kind}!${fault.problem}@${fault.offset}` : `${t.kind}:${text.slice(t.start, t.end)}`,
    );
    if (fault) break;
  }
  return out;
}

describe('nextJsonToken, JSON dialect (what JSON.parse accepts)', () => {
  it.each<[string, string[]]>([
    [
      '{"a": [1, -2.5e+3, true]}',
      [
        'punct:{',
        'string:"a"',
        'punct::',
        'punct:[',
        'number:1',
        'punct:,',
        'number:-2.5e+3',
        'punct:,',
        'literal:true',
        'punct:]',
        'punct:}',
      ],
    ],
    ['"\\u00e9\\n"', ['string:"\\u00e9\\n"']],
    ['007', ['number:0', 'number:0', 'number:7']],
    ['-x', ['number!unexpected-char@1']],
    ['1.', ['number!cut-off@2']],
    ['1e+', ['number!cut-off@3']],
    ['nul', ['literal!cut-off@3']],
    ['trUe', ['literal!unexpected-char@2']],
    ['"a\nb"', ['string!control-char@2']],
    ['"\\x"', ['string!bad-escape@2']],
    ['"\\u12G4"', ['string!bad-escape@5']],
    ['"\\u12', ['string!cut-off@5']],
    ['"open', ['string!cut-off@5']],
    ['{{x}}', ['punct:{', 'punct:{', 'other:x', 'punct:}', 'punct:}']],
    ['\u00a0 1', ['other:\u00a0', 'number:1']],
  ])('%j', (text, expected) => {
    expect(tokens(text, 'json')).toEqual(expected);
  });

  it('ends after trailing whitespace, at the length of the text', () => {
    expect(nextJsonToken('1 \n\t', 1, 'json')).toEqual({ kind: 'end', start: 4, end: 4 });
  });
});

describe('nextJsonToken, Braze dialect (JSON with Liquid)', () => {
  it.each<[string, string[]]>([
    [
      '{"t": {{title | json_escape}}}',
      ['punct:{', 'string:"t"', 'punct::', 'liquid:{{title | json_escape}}', 'punct:}'],
    ],
    ['"Hi {{ "x" | append: "}}" }}!"', ['string:"Hi {{ "x" | append: "}}" }}!"']],
    ['{% if a %}1{% endif %}', ['liquid:{% if a %}', 'number:1', 'liquid:{% endif %}']],
    ['{{${first_name}}}', ['liquid:{{${first_name}}}']],
    ['"a\nb\\q"', ['string:"a\nb\\q"']],
    ['\u00a0 1', ['number:1']],
    ['{{ oops', ['liquid!unclosed-liquid@0']],
    ['"x {{ oops"', ['string!unclosed-liquid@3']],
    ['"open', ['string!cut-off@5']],
  ])('%j', (text, expected) => {
    expect(tokens(text, 'braze')).toEqual(expected);
  });
});
