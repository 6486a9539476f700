import { describe, expect, it } from 'vitest';
import { untranslateHeader } from './translated-headers';

describe('untranslateHeader', () => {
  it.each([
    [
      '  Autorización ',
      '  Portador abc ',
      {
        name: 'Authorization',
        value: 'Bearer abc',
        translated: [
          { from: 'Autorización', to: 'Authorization' },
          { from: 'Portador', to: 'Bearer' },
        ],
      },
    ],
    [
      'authorization',
      'PORTADOR abc',
      { name: 'authorization', value: 'Bearer abc', translated: [{ from: 'PORTADOR', to: 'Bearer' }] },
    ],
    ['Authorization', 'Bearer x', { name: 'Authorization', value: 'Bearer x', translated: [] }],
    ['Authorization', 'Portadorx y', { name: 'Authorization', value: 'Portadorx y', translated: [] }],
    ['X-Note', 'Portador x', { name: 'X-Note', value: 'Portador x', translated: [] }],
    [
      'Inhaltstyp',
      ' application/json ',
      {
        name: 'Content-Type',
        value: 'application/json',
        translated: [{ from: 'Inhaltstyp', to: 'Content-Type' }],
      },
    ],
  ])('%j: %j', (name, value, expected) => {
    expect(untranslateHeader(name, value)).toEqual(expected);
  });
});
