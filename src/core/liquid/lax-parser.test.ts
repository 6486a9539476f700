import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

const user = {
  ...GUIDE_USER,
  custom_attributes: { ...GUIDE_USER.custom_attributes, Game: 'Game2', balance: 5, cats: ['tom'] },
};
const render = (source: string) => renderBraze(source, user);

// The shapes Braze's own documentation and customers' templates use, which strict parsers reject.
describe("Braze's lax parser", () => {
  it.each([
    ['{% assign a = 1 %}{{ a | plus: {{custom_attribute.${balance}}} }}', '6'],
    ["{% if false %}{% elsif{{custom_attribute.${Game}}} == 'Game2' %}two{% endif %}", 'two'],
    [
      '{% assign cats = custom_attribute.${cats} %}{% if {{cats | size}} == 1 %}one cat{% endif %}',
      'one cat',
    ],
    ['{{ ${ first_name } }}', 'Ana'],
    ['{{custom_attribute.${songs}[0].artist}}', 'Nina Simone'],
    ["{% assign a = {{custom_attribute.${account_as_text}}} | split: '/' | first %}{{a}}", 'brazetest'],
    ["{{custom_attribute.${rokt:subscription_id}| join: ',' | size}}", '73'],
  ])('%s', async (source, expected) => {
    expect(await render(source)).toMatchObject({ ok: true, output: expected });
  });

  it.each([
    ['{% if not x %}a{% endif %}', /not/],
    ['{% if a startswith b %}a{% endif %}', /startswith/],
  ])('rejects what Braze rejects: %s', async (source, word) => {
    const result = await render(source);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.syntax' } });
    expect(result.ok || result.problem?.message).toMatch(word);
  });
});
