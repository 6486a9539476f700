import { describe, expect, it } from 'vitest';
import { userFromCsv, userFromJson } from './export-user';

const EMPTY = { event_properties: {}, canvas_entry_properties: {}, context: {}, api_trigger_properties: {} };

describe('userFromJson', () => {
  it.each([
    [
      'an export user: standard fields renamed, custom attributes kept, record lists left out',
      {
        external_id: 'u1',
        first_name: 'Zoë',
        email: 'z@example.com',
        phone: '+15550100',
        dob: '1990-01-02',
        home_city: 'Leeds',
        appboy_id: 'b-1',
        time_zone: 'Europe/London',
        loyalty: 'gold',
        custom_attributes: { 'rokt:account_code': ['acme/0a1b'] },
        custom_events: [{ name: 'x' }],
        purchases: [],
        devices: [],
        push_tokens: [],
        apps: [],
        campaigns_received: [],
        canvases_received: [],
        cards_clicked: [],
      },
      {
        user_id: 'u1',
        custom_attributes: { 'rokt:account_code': ['acme/0a1b'] },
        ...EMPTY,
        first_name: 'Zoë',
        email_address: 'z@example.com',
        phone_number: '+15550100',
        date_of_birth: '1990-01-02',
        city: 'Leeds',
        braze_id: 'b-1',
        time_zone: 'Europe/London',
        loyalty: 'gold',
      },
    ],
    [
      'a numeric external_id becomes text',
      { external_id: 42 },
      { user_id: '42', custom_attributes: {}, ...EMPTY },
    ],
    [
      'no external_id: an empty user id',
      { braze_id: 'b1' },
      { user_id: '', custom_attributes: {}, ...EMPTY, braze_id: 'b1' },
    ],
    [
      'a null external_id and null custom attributes',
      { external_id: null, custom_attributes: null },
      { user_id: '', custom_attributes: {}, ...EMPTY },
    ],
  ])('maps %s', (_name, json, user) => {
    expect(userFromJson(json)).toStrictEqual({ ok: true, user });
  });

  it('reads only the object’s own fields', () => {
    const json = Object.assign(Object.create({ inherited: 'no' }) as object, { external_id: 'u1' });
    expect(userFromJson(json)).toStrictEqual({
      ok: true,
      user: { user_id: 'u1', custom_attributes: {}, ...EMPTY },
    });
  });

  it.each([
    ['a list', ['u1'], 'is not a JSON object (one user per line).'],
    ['null', null, 'is not a JSON object (one user per line).'],
    ['text', 'u1', 'is not a JSON object (one user per line).'],
    [
      'custom attributes as a list',
      { external_id: 'u1', custom_attributes: ['a'] },
      'has custom_attributes that are not an object of attribute names.',
    ],
    [
      'custom attributes as text',
      { external_id: 'u1', custom_attributes: 'a' },
      'has custom_attributes that are not an object of attribute names.',
    ],
    ['an object as external_id', { external_id: { id: 1 } }, 'has an external_id that is not text.'],
    ['a boolean as external_id', { external_id: true }, 'has an external_id that is not text.'],
  ])('refuses %s', (_name, json, message) => {
    expect(userFromJson(json)).toStrictEqual({ ok: false, message });
  });
});

describe('userFromCsv', () => {
  it.each([
    [
      'known columns are standard fields, the rest custom attributes; empty cells are absent',
      ['external_id', 'first_name', 'email', 'tier', 'note'],
      ['u1', 'Zoë', '', 'gold', ''],
      { user_id: 'u1', custom_attributes: { tier: 'gold' }, ...EMPTY, first_name: 'Zoë' },
    ],
    [
      'a JSON array cell becomes a list; other bracketed text stays text',
      ['external_id', 'ids', 'half', 'end', 'broken', 'object'],
      ['u1', '["a","b"]', '[a', 'b]', '[not json]', '[{"a":1}]'],
      {
        user_id: 'u1',
        custom_attributes: {
          ids: ['a', 'b'],
          half: '[a',
          end: 'b]',
          broken: '[not json]',
          object: [{ a: 1 }],
        },
        ...EMPTY,
      },
    ],
    [
      'a JSON value in brackets that is not a list stays text',
      ['external_id', 'n'],
      ['u1', '[1]x]'],
      { user_id: 'u1', custom_attributes: { n: '[1]x]' }, ...EMPTY },
    ],
    [
      'fewer cells than columns',
      ['external_id', 'first_name', 'tier'],
      ['u1'],
      { user_id: 'u1', custom_attributes: {}, ...EMPTY },
    ],
    [
      'no id column: an empty user id',
      ['braze_id'],
      ['b1'],
      { user_id: '', custom_attributes: {}, ...EMPTY, braze_id: 'b1' },
    ],
  ])('%s', (_name, header, cells, user) => {
    expect(userFromCsv(header, cells)).toStrictEqual(user);
  });
});
