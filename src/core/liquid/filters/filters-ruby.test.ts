import { describe, expect, it } from 'vitest';
import { renderBraze } from '../render-braze';
import { NO_ROKT_USER } from '../../../testing/liquid-fixtures';

const render = (source: string, variables: Record<string, unknown> = {}) =>
  renderBraze(source, NO_ROKT_USER, { now: new Date('2024-03-10T12:00:00Z'), variables });

const PEOPLE = [
  { name: 'x', team: 1, ok: true },
  { name: 'y', team: 1, ok: false },
  { name: 'z', team: 2, ok: null },
];

describe('array filters give Ruby Liquid 5’s answers', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['{{ nothing | join: "," }}', {}, ''],
    ['{{ list | sort | join: "," }}', { list: ['b', 'a', 'c'] }, 'a,b,c'],
    ['{{ list | sort | join: "," }}', { list: [3, null, 1] }, '1,3,'],
    ['{{ list | sort | join: "," }}', { list: [null, 2, null, 1] }, '1,2,,'],
    ['{{ list | sort | join: "," }}', { list: [[3, 1], [2]] }, '1,2,3'],
    ['{{ list | sort_natural | join: "," }}', { list: ['b', 'A', 'c', 'B'] }, 'A,b,B,c'],
    ['{{ list | sort_natural | join: "," }}', { list: ['b', null, 'A'] }, 'A,b,'],
    ['{{ list | sort: "team" | map: "name" | join: "," }}', { list: [PEOPLE[2], PEOPLE[0]] }, 'x,z'],
    ['{{ list | uniq: "team" | map: "name" | join: "," }}', { list: PEOPLE }, 'x,z'],
    ['{{ list | where: "team", 1.0 | map: "name" | join: "," }}', { list: PEOPLE }, 'x,y'],
    ['{{ list | where: "ok" | map: "name" | join: "," }}', { list: PEOPLE }, 'x'],
    ['{{ list | compact: "ok" | size }}', { list: PEOPLE }, '2'],
    ['{{ list | sum }}', { list: [1, 2] }, '3'],
    ['{{ list | sum }}', { list: ['0.1', '0.2'] }, '0.3'],
    ['{{ list | sum }}', { list: [1, '2.0'] }, '3.0'],
    ['{{ list | sum }}', { list: ['1', 2.5] }, '3.5'],
    ['{{ list | sum: "team" }}', { list: PEOPLE }, '4'],
    ['{{ 5 | size }}|{{ 5.5 | size }}|{{ nothing | size }}', {}, '8|0|0'],
    [
      '{{ h | size }}|{{ "héllo" | size }}|{{ list | size }}',
      { h: { a: 1, b: 2 }, list: [1, [2, 3]] },
      '2|5|2',
    ],
    ['{{ h | first | join: "=" }}', { h: { a: 1, b: 2 } }, 'a=1'],
    ['{{ "abc" | first }}|{{ "abc" | last }}', {}, '|'],
  ])('%s with %j gives %j', async (source, variables, output) => {
    expect(await render(source, variables)).toEqual({ ok: true, output });
  });

  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    [
      '{{ list | sort | join }}',
      { list: [1, 'a'] },
      'sort cannot order values of different types (text, numbers, lists); sort values of one type.',
      { v: 'sort-types' },
    ],
    [
      '{{ list | concat: "x" }}',
      { list: [1] },
      'concat needs a list to add, such as a variable holding an array.',
      { v: 'concat-list' },
    ],
  ])('%s with %j is an error', async (source, variables, message, params) => {
    expect(await render(source, variables)).toMatchObject({
      ok: false,
      problem: { code: 'liquid.render', message, params },
    });
  });
});

describe('base64 filters give Ruby’s Base64 answers', () => {
  it.each([
    ['{{ "???" | base64_encode }}|{{ "???" | base64_url_safe_encode }}', 'Pz8/|Pz8_'],
    ['{{ "a?>" | base64_encode }}|{{ "a?>" | base64_url_safe_encode }}', 'YT8+|YT8-'],
    ['{{ "ab" | base64_url_safe_encode }}', 'YWI='],
    ['{{ "Pz8/" | base64_decode }}|{{ "Pz8_" | base64_url_safe_decode }}', '???|???'],
    [
      '{{ "YWI" | base64_url_safe_decode }}|{{ "YQ" | base64_url_safe_decode }}|{{ "YWI=" | base64_url_safe_decode }}',
      'ab|a|ab',
    ],
    ['{{ "w6k=" | base64_decode }}|{{ "4pyT" | base64_decode }}|{{ "8J+YgA==" | base64_decode }}', 'é|✓|😀'],
    ['{{ "8J-YgA" | base64_url_safe_decode }}', '😀'],
  ])('%s gives %s', async (source, output) => {
    expect(await render(source)).toEqual({ ok: true, output });
  });

  it.each([
    '{{ "YQ" | base64_decode }}',
    '{{ "Y=Q=" | base64_decode }}',
    '{{ "YQ=" | base64_url_safe_decode }}',
  ])('%s is an error: strict base64', async (source) => {
    expect(await render(source)).toMatchObject({
      ok: false,
      problem: {
        code: 'liquid.render',
        message: 'base64_decode was given text that is not valid base64.',
        params: { v: 'base64' },
      },
    });
  });
});

describe('date and time_zone read times as Ruby Liquid does, on Braze’s UTC clock', () => {
  it.each([
    ['{{ "2024-03-10" | date: "%F %T" }}', '2024-03-10 00:00:00'],
    ['{{ "2024-03-10T05:06:07Z" | date: "%H:%M:%S" }}', '05:06:07'],
    ['{{ "2024-03-10 05:06" | date: "%H:%M:%S" }}', '05:06:00'],
    ['{{ "2024-03-10T05:06:07.250Z" | date: "%S" }}', '07'],
    [
      '{{ 1710072000 | date: "%F %R" }}|{{ "1710072000" | date: "%F %R" }}',
      '2024-03-10 12:00|2024-03-10 12:00',
    ],
    ['{{ "Now" | date: "%F %R" }}|{{ "today" | date: "%Y" }}', '2024-03-10 12:00|2024'],
    [
      '{{ "" | date: "%F" }}|{{ "not a date" | date: "%F" }}|{{ "2024-03-10" | date: "" }}',
      '|not a date|2024-03-10',
    ],
    ['{{ "2024-03-10T12:00:00Z" | time_zone: "+05:30" | date: "%H:%M %z" }}', '17:30 +0530'],
    ['{{ "2024-03-10T12:00:00Z" | time_zone: "-08" | date: "%H:%M %z" }}', '04:00 -0800'],
    ['{{ "2024-03-10T12:00:00Z" | time_zone: "America/New_York" | date: "%H:%M %z" }}', '08:00 -0400'],
    ['{{ "2024-03-10T06:00:00Z" | time_zone: "America/New_York" | date: "%H:%M %z" }}', '01:00 -0500'],
  ])('%s gives %s', async (source, output) => {
    expect(await render(source)).toEqual({ ok: true, output });
  });

  it('refuses a zone it does not know, and names it', async () => {
    expect(await render('{{ "now" | time_zone: "Mars" }}')).toMatchObject({
      ok: false,
      problem: {
        code: 'liquid.render',
        message:
          '"Mars" is not a time zone: use an IANA name like America/New_York or an offset like +05:30.',
        params: { v: 'time-zone', zone: 'Mars' },
      },
    });
  });
});

describe('string, format, JSON and URL filters', () => {
  const H = { h: { 'a b': 'x' }, e: {}, long: `{${'x'.repeat(60)}` };
  it.each([
    [
      '{{ h | property_accessor: "a b" }}|{{ h | property_accessor: "z" }}|{{ "t" | property_accessor: "a" }}',
      'x||',
    ],
    ['{% assign o = \'{"a":[1,2]}\' | json_parse %}{{ o.a | join: "-" }}', '1-2'],
    [
      '{{ h | as_json_string }}|{{ nothing | as_json_string }}|{% assign f = 1.5 %}{{ f | as_json_string }}',
      '{"a b":"x"}|null|1.5',
    ],
    [
      '{{ false | default: "x" }}|{{ false | default: "x", allow_false: true }}|{{ nothing | default: "x", allow_false: true }}',
      'x|false|x',
    ],
    ['{{ e | default: "x" }}|{{ 0 | default: "x" }}|{{ false | default: "x", allow_false: false }}', 'x|0|x'],
    [
      '{{ " 1234567.5 " | number_with_delimiter }}|{{ -1234 | number_with_delimiter }}|{{ "12a" | number_with_delimiter }}',
      '1,234,567.5|-1,234|12a',
    ],
    ['{{ 1234 | number_with_delimiter }}|{{ "1234.5678" | number_with_delimiter }}', '1,234|1,234.5678'],
    [
      '{{ 145 | money }}|{{ "abc" | money }}|{{ 2.5 | money }}|{{ "-3" | money }}|{{ nothing | money }}',
      '145.00|abc|2.50|-3.00|',
    ],
    ['{{ 1234 | round: -2 }}|{{ 1234.5 | round: -2 }}|{{ 1250 | round: -2 }}', '1200|1200|1300'],
    ['{{ 5 | at_least: 5 }}|{{ 5 | at_most: 5.0 }}|{{ -0.5 | abs }}', '5|5|0.5'],
    ['{{ " 12 " | plus: 1 }}|{{ "1_000" | plus: 1 }}', '13|1001'],
    [
      '{{ "a,b" | split: "" | join: "-" }}|{{ "a,b,," | split: "," | size }}|{{ ",,a" | split: "," | size }}|{{ nothing | split: "," | size }}',
      'a-,-b|2|3|0',
    ],
    [
      '{{ "Liquid" | slice: 5 }}|{{ "Liquid" | slice: 6 }}|{{ "Liquid" | slice: 7 }}|{{ "Liquid" | slice: 2, -1 }}|{{ "Liquid" | slice: -7 }}',
      'd||||',
    ],
    [
      '{{ "abc" | truncate: 3 }}|{{ "abcd" | truncate: 3 }}|{{ nothing | truncate: 3 }}|{{ "a b" | truncatewords: 2 }}|{{ nothing | truncatewords: 1 }}',
      'abc|...||a b|',
    ],
    ['[{{ "  a  b  " | strip }}]', '[a  b]'],
    [
      '{{ "<a>&amp;&#39;&x" | escape }}|{{ nothing | escape }}|{{ nothing | url_encode }}',
      '&lt;a&gt;&amp;amp;&amp;#39;&amp;x||',
    ],
    ['{{ "&#12; &#1a; &amp; &x" | escape_once }}', '&#12; &amp;#1a; &amp; &amp;x'],
    ['{{ "100%" | url_decode }}|{{ "%4" | url_decode }}|{{ "%41%2" | url_decode }}', '100%|%4|A%2'],
    ['{{ "abc" | map: "b" | join }}|{{ "abc" | map: "z" | join }}', 'b|'],
  ])('%s gives %s', async (source, output) => {
    expect(await render(source, H)).toEqual({ ok: true, output });
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      '{{ "{bad" | json_parse }}',
      'json_parse could not read "{bad" as JSON.',
      { v: 'json-parse', text: '"{bad"' },
    ],
    [
      '{{ long | json_parse }}',
      `json_parse could not read "{${'x'.repeat(39)}" as JSON.`,
      { v: 'json-parse', text: `"{${'x'.repeat(39)}"` },
    ],
    [
      '{{ "x" | slice: "1.5" }}',
      'slice needs a whole number, not "1.5".',
      { v: 'whole-number', filter: 'slice', value: '"1.5"' },
    ],
    [
      '{{ "x" | truncate: "a" }}',
      'truncate needs a whole number, not "a".',
      { v: 'whole-number', filter: 'truncate', value: '"a"' },
    ],
    [
      '{{ list | map: "a" | join }}',
      'map cannot read "a" of 1.',
      { v: 'property', filter: 'map', key: 'a', item: '1' },
    ],
    [
      '{{ 10 | modulo: 0 }}',
      'Division by zero: divided_by and modulo need a number other than 0 (Braze stops with an error here).',
      { v: 'zero-division' },
    ],
  ])('%s is an error that says why', async (source, message, params) => {
    expect(await render(source, { ...H, list: [1] })).toMatchObject({
      ok: false,
      problem: { code: 'liquid.render', message, params },
    });
  });
});
