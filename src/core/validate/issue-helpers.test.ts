import { describe, expect, it } from 'vitest';
import { describeJsonType, isJsonObject, jsonTypeCode } from './issue-helpers';

describe('JSON value types, as a code and in words', () => {
  it.each<[string, unknown, boolean, string, string]>([
    ['null', null, false, 'null', 'null'],
    ['a list', [1], false, 'list', 'a list'],
    ['an empty list', [], false, 'list', 'a list'],
    ['text', 'x', false, 'text', 'text'],
    ['a number', 0, false, 'number', 'a number'],
    ['true', true, false, 'true', 'true'],
    ['false', false, false, 'false', 'false'],
    ['an object', { a: 1 }, true, 'object', 'an object'],
    ['an empty object', {}, true, 'object', 'an object'],
  ])('%s', (_name, value, object, code, words) => {
    expect([isJsonObject(value), jsonTypeCode(value), describeJsonType(value)]).toEqual([
      object,
      code,
      words,
    ]);
  });
});
