import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { SAMPLE_USER_PRESETS } from '../sample-user';
import type { SampleUser } from '../sample-user';
import { buildTemplate } from '../template';
import { checkDefaultTexts } from './default-texts';
import { checkUserForTemplate } from './user-checks';

const preset = (id: string): SampleUser => SAMPLE_USER_PRESETS.find((p) => p.id === id)!.user;
const template = buildTemplate(defaultDraft());
const codes = (user: SampleUser, t = template) => checkUserForTemplate(t, user).map((i) => i.code);

describe('checkUserForTemplate', () => {
  it('accepts the guide subscriber (two codes, one account)', () => {
    expect(codes(preset('guide'))).toEqual([]);
  });

  it('refuses a user whose calendars are in two Rokt accounts, naming them', () => {
    const [issue] = checkUserForTemplate(template, preset('multi'));
    expect(issue?.code).toBe('user.several-accounts');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('2 Rokt accounts (acme, acme-outlet)');
    expect(issue?.message).toContain('all 3 subscription ids to the first one (/acme)');
  });

  it('gives the whole sentence, field and figures for several accounts', () => {
    expect(checkUserForTemplate(template, preset('multi'))).toEqual([
      {
        code: 'user.several-accounts',
        path: 'custom_attributes.rokt:account_code',
        severity: 'error',
        message:
          "This user's calendars are in 2 Rokt accounts (acme, acme-outlet), but the webhook posts all 3 subscription ids to the first one (/acme): Rokt would refuse or misfile the others. Send one webhook per account (for example a Canvas branch per rokt:account_code), or keep this user to one account.",
        params: { accounts: 'acme, acme-outlet', count: 2, used: 'acme', ids: 3 },
      },
    ]);
  });

  const withAttributes = (attributes: Record<string, unknown>): SampleUser => {
    const user = preset('multi');
    return { ...user, custom_attributes: { ...user.custom_attributes, ...attributes } } as SampleUser;
  };

  it.each<[string, Record<string, unknown>, Record<string, unknown> | null]>([
    [
      'codes that differ only in spaces around the account',
      { 'rokt:account_code': [' acme /1', 'acme/2'] },
      null,
    ],
    ['one code', { 'rokt:account_code': ['acme/1'] }, null],
    ['one code not in a list', { 'rokt:account_code': 'acme/1' }, null],
    [
      'a code that is not text (read as no account)',
      { 'rokt:account_code': ['acme/1', 42, 'outlet/2'] },
      { accounts: 'acme, outlet', count: 2, used: 'acme', ids: 3 },
    ],
    ['an empty code next to one account', { 'rokt:account_code': ['acme/1', '', '/2', 'acme/3'] }, null],
    [
      'one subscription id, not in a list',
      { 'rokt:account_code': ['b/1', 'a/2'], 'rokt:subscription_id': 'only-one' },
      { accounts: 'b, a', count: 2, used: 'b', ids: 1 },
    ],
    [
      'no subscription ids',
      { 'rokt:account_code': ['b/1', 'a/2', 'c/3'], 'rokt:subscription_id': null },
      { accounts: 'b, a, c', count: 3, used: 'b', ids: 0 },
    ],
  ])('several accounts, for %s', (_name, attributes, params) => {
    const issues = checkUserForTemplate(template, withAttributes(attributes));
    expect(issues.map((i) => i.params ?? null)).toEqual(params ? [params] : []);
  });

  it('does not count accounts when the URL does not read rokt:account_code', () => {
    expect(codes(preset('multi'), { ...template, url: 'https://api.rokt.com/v1/acme/events' })).toEqual([]);
  });

  it('gives the whole sentence and field for a missing user_id', () => {
    expect(checkUserForTemplate(template, { ...preset('guide'), user_id: '' })).toEqual([
      {
        code: 'user.no-user-id',
        path: 'user_id',
        severity: 'error',
        message:
          'This user has no user_id, so the event id ends in "_" and every user without one shares a single event (each send overwrites it). Give the user a user_id, or turn off "Append the user id to the event id".',
      },
    ]);
  });

  it.each<[string, SampleUser['user_id'] | undefined]>([
    ['an empty user_id', ''],
    ['a blank user_id', '  '],
    ['no user_id', undefined],
  ])('refuses %s when the event id is made per user', (_name, userId) => {
    const user = { ...preset('guide'), user_id: userId } as SampleUser;
    expect(codes(user)).toEqual(['user.no-user-id']);
  });

  it('does not mind an empty user_id when the user id is not appended', () => {
    const t = buildTemplate({
      ...defaultDraft(),
      options: { ...defaultDraft().options, appendUserId: false },
    });
    expect(codes({ ...preset('guide'), user_id: '' }, t)).toEqual([]);
  });
});

describe('checkDefaultTexts', () => {
  it('warns about each example text left in', () => {
    expect(checkDefaultTexts(defaultDraft()).map((i) => `${i.severity} ${i.path}`)).toEqual([
      'warning eventId',
      'warning title',
      'warning description',
      'warning location',
    ]);
    expect(checkDefaultTexts(defaultDraft())[1]?.message).toBe(
      'Title is still the example text "Event Title": subscribers would see it in their calendar. Write your own.',
    );
  });

  it('knows a new Spanish draft’s example texts too, and an English one’s in a Spanish draft', () => {
    const spanish = defaultDraft('es');
    expect([spanish.title, spanish.description, spanish.location]).toEqual([
      'Título del evento',
      'Descripción del evento',
      'Ubicación del evento',
    ]);
    expect(checkDefaultTexts(spanish).map((i) => i.params)).toEqual([
      { field: 'eventId', text: 'Event_0001' },
      { field: 'title', text: 'Título del evento' },
      { field: 'description', text: 'Descripción del evento' },
      { field: 'location', text: 'Ubicación del evento' },
    ]);
    const mixed = { ...spanish, eventId: 'rebajas', title: 'Event Title', location: 'Gran Vía' };
    expect(checkDefaultTexts(mixed).map((i) => i.path)).toEqual(['title', 'description']);
    expect(defaultDraft('fr').title).toBe('Event Title');
  });

  it('says nothing about the marketer’s own texts or empty optional ones', () => {
    expect(
      checkDefaultTexts({ eventId: 'summer_2027', title: 'Summer sale', description: '', location: '' }),
    ).toEqual([]);
  });
});
