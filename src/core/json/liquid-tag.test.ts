import { describe, expect, it } from 'vitest';
import { liquidTagEnd, startsLiquidTag } from './liquid-tag';

describe('liquidTagEnd: where a Liquid tag in a Braze body ends', () => {
  it.each<[string, number, string | null]>([
    ['{{ a }} rest', 0, '{{ a }}'],
    ['{% if x %}{{ y }}{% endif %}', 0, '{% if x %}'],
    ['ab{{c}}d', 2, '{{c}}'],
    ['{{ x | append: "}}" }} rest', 0, '{{ x | append: "}}" }}'],
    ["{{ x | append: '%}' }}", 0, "{{ x | append: '%}' }}"],
    ['{% assign a = "{" %}{', 0, '{% assign a = "{" %}'],
    ['{{${first_name}}} rest', 0, '{{${first_name}}}'],
    ['{{ ${a} | default: "b" }}', 0, '{{ ${a} | default: "b" }}'],
    ['{{ x{ }}', 0, '{{ x{ }}'],
    ['{{ "open }}', 0, null],
    ["{{ 'open }}", 0, null],
    ['{{ ${name }}', 0, null],
    ['{{ a }', 0, null],
    ['{{ ${name', 0, null],
    ['{% if a }}', 0, null],
  ])('%j from %i', (text, at, tag) => {
    const end = liquidTagEnd(text, at);
    expect(end === -1 ? null : text.slice(at, end)).toBe(tag);
  });
});

describe('startsLiquidTag', () => {
  it.each<[string, number, boolean]>([
    ['{{ a }}', 0, true],
    ['{% a %}', 0, true],
    ['x{%', 1, true],
    ['{ "a": 1 }', 0, false],
    ['{}', 0, false],
    ['%}', 0, false],
  ])('%j at %i: %s', (text, at, expected) => {
    expect(startsLiquidTag(text, at)).toBe(expected);
  });
});
