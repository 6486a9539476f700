import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

const user = {
  ...GUIDE_USER,
  custom_attributes: { ...GUIDE_USER.custom_attributes, Game: 'Game2', balance: 5, cats: ['tom'] },
};

describe('warnings for risky lax Liquid that Braze renders', () => {
  it.each([
    ['{{ ${ first_name } }}', 'liquid.lax-spaces-in-name', 1, 4, 'write ${first_name}', 'Ana'],
    [
      '{% assign a = 1 %}\n{{ a | plus: {{custom_attribute.${balance}}} }}',
      'liquid.lax-nested-output',
      2,
      14,
      'write custom_attribute.${balance} directly',
      '\n6',
    ],
    [
      '{% assign cats = custom_attribute.${cats} %}{% if {{cats | size}} == 1 %}one{% endif %}',
      'liquid.lax-filter-in-condition',
      1,
      51,
      '{% assign count = cats | size %}{% if count == 1 %}',
      'one',
    ],
    [
      "{% if false %}{% elsif{{custom_attribute.${Game}}} == 'Game2' %}two{% endif %}",
      'liquid.lax-glued-tag-name',
      1,
      15,
      'Write {% elsif followed by a space',
      'two',
    ],
    [
      'Hi {% abort_message(no subscriptions) %}',
      'liquid.lax-unquoted-reason',
      1,
      4,
      "Write {% abort_message('no subscriptions') %}",
      '',
    ],
  ])('%j warns (%s) and still renders as Braze does', async (source, code, line, column, fix, output) => {
    const result = await renderBraze(source, user);
    expect(result.output).toBe(output);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code, line, column, excerpt: source.split('\n')[line - 1] }),
    ]);
    expect(result.warnings![0]!.message).toContain(fix);
  });

  it.each([
    "{% assign a = {{custom_attribute.${rokt:account_code}}}[0] | split: '/' | first %}{{a}}",
    '{% if {{custom_attribute.${balance}}} > 0 %}yes{% endif %}',
    "{% abort_message('quoted') %}",
    '{% abort_message() %}',
    '{{custom_attribute.${rokt:subscription_id} | join: ","}}',
    '{% raw %}{{ ${ x } }}{% endraw %}',
  ])('does not warn about documented or strict syntax: %j', async (source) => {
    expect((await renderBraze(source, user)).warnings).toBeUndefined();
  });
});
