import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { renderRequest } from '../render';
import { SAMPLE_USER_PRESETS } from '../sample-user';
import { buildTemplate } from './build-template';
import { draftFieldIssue } from './draft-field-issue';

const user = SAMPLE_USER_PRESETS[0]!.user;

/** The composer's view of the first Liquid error a draft with `title` (or another field) produces. */
async function fieldError(field: 'title' | 'description' | 'location', text: string) {
  const template = buildTemplate({ ...defaultDraft(), [field]: text });
  const rendered = await renderRequest(template, user);
  const error = rendered.errors.find((e) => e.code.startsWith('liquid'));
  expect(error, `an error for ${JSON.stringify(text)}`).toBeDefined();
  return draftFieldIssue(template.body, error!);
}

describe('draftFieldIssue: Liquid a form field leaves open', () => {
  it.each([
    ['Hi {% if x %}there', 'title', 'Title: the {% if %} block is not closed; add {% endif %}', 1, 4],
    ['Hi {% for a in b %}x', 'title', 'Title: the {% for %} block is not closed; add {% endfor %}', 1, 4],
    ['ok {% case x %}{% when 1 %}a', 'title', 'the {% case %} block is not closed; add {% endcase %}', 1, 4],
    ['{% unless c %}', 'title', 'Title: the {% unless %} block is not closed; add {% endunless %}', 1, 1],
    ['A {% capture y %}z', 'title', 'the {% capture %} block is not closed; add {% endcapture %}', 1, 3],
    ['x {% comment %}y', 'title', 'the {% comment %} block is not closed; add {% endcomment %}', 1, 3],
    ['x {% raw %}y', 'title', 'the {% raw %} block is not closed; add {% endraw %}', 1, 3],
    [
      'Line 1\n{% if a %}{% for i in b %}{{ i }}',
      'description',
      'Description: the blocks {% if %}, {% for %} are not closed; add {% endfor %}{% endif %}',
      2,
      1,
    ],
    ['Hi {{ name', 'location', 'Location: a {{ is not closed; add }}', 1, 4],
    ['Hi {% if x', 'title', 'Title: the {% if tag is not closed; add %}', 1, 4],
    ['Hi {% if x %}{', 'title', 'Title: the {% if %} block is not closed; add {% endif %}', 1, 4],
    ['Line 1\nLine 2\n{{ name', 'location', 'Location: a {{ is not closed; add }}', 3, 1],
  ] as const)('%j names what is open, in its field', async (text, field, message, line, column) => {
    const issue = await fieldError(field, text);
    expect(issue).toMatchObject({
      code: 'liquid.syntax',
      path: field,
      field: 'draft',
      line,
      column,
      severity: 'error',
    });
    expect(issue!.message).toContain(message);
    expect(issue!.message).not.toMatch(/There is no \{% endcapture/);
    expect(issue!.excerpt).toBe(text.split('\n')[line - 1]);
  });

  it.each([
    ['Hi {{ name', 'location', { v: 'open-output', name: '' }],
    ['Hi {% if x', 'title', { v: 'open-tag', name: 'if' }],
    ['Hi {% if x %}there', 'title', { v: 'open-block', blocks: '{% if %}', ends: '{% endif %}', count: '1' }],
    [
      'Line 1\n{% if a %}{% for i in b %}{{ i }}',
      'description',
      { v: 'open-block', blocks: '{% if %}, {% for %}', ends: '{% endfor %}{% endif %}', count: '2' },
    ],
  ] as const)('%j gives the values its sentence is worded from', async (text, field, params) => {
    const issue = await fieldError(field, text);
    expect(issue?.params).toEqual({ ...params, field });
  });

  it('reports an error inside the field as it is, even when the field also leaves a block open', async () => {
    const issue = await fieldError('title', 'Hi {{ name | bogus }} {% if x %}');
    expect(issue).toMatchObject({ code: 'liquid.unknown-filter', path: 'title', line: 1, column: 14 });
    expect(issue?.params).toEqual({ filter: 'bogus' });
  });

  it('keeps other errors as they are, positioned in the field', async () => {
    const issue = await fieldError('description', 'One\nTwo {{ name | bogus }}');
    expect(issue).toMatchObject({
      code: 'liquid.unknown-filter',
      path: 'description',
      line: 2,
      column: 15,
      excerpt: 'Two {{ name | bogus }}',
    });
    expect(issue?.params).toEqual({ filter: 'bogus' });
  });

  it('gives null for a problem outside every field', () => {
    const body = buildTemplate(defaultDraft()).body;
    const issue = { code: 'liquid.render', message: 'x', path: 'body', severity: 'error' as const };
    expect(draftFieldIssue(body, { ...issue, line: body.split('\n').length })).toBeNull();
    expect(draftFieldIssue(body, issue)).toBeNull();
  });
});

describe('draftFieldIssue: lax-syntax warnings reach the field they were typed in', () => {
  it.each([
    ['title', 'Hi {{ ${ first_name } }}', 'liquid.lax-spaces-in-name', 1, 7],
    ['description', 'Line\n{% abort_message(no subscriptions) %}', 'liquid.lax-unquoted-reason', 2, 1],
    ['location', 'At {{ 1 | plus: {{custom_attribute.${n}}} }}', 'liquid.lax-nested-output', 1, 17],
  ] as const)('%s %j → %s at %i:%i', async (field, text, code, line, column) => {
    const template = buildTemplate({ ...defaultDraft(), [field]: text });
    const rendered = await renderRequest(template, user);
    const warning = rendered.warnings.find((w) => w.code === code);
    expect(warning, 'the rendered request carries the warning').toMatchObject({ field: 'body' });
    expect(draftFieldIssue(template.body, warning!)).toMatchObject({
      code,
      severity: 'warning',
      path: field,
      field: 'draft',
      line,
      column,
      excerpt: text.split('\n')[line - 1],
    });
  });

  it('keeps two warnings of one kind typed into two fields', async () => {
    const draft = { ...defaultDraft(), title: '{{ ${ first_name } }}', location: '{{ ${ city } }}' };
    const rendered = await renderRequest(buildTemplate(draft), user);
    expect(rendered.warnings.filter((w) => w.code === 'liquid.lax-spaces-in-name')).toHaveLength(2);
  });
});
