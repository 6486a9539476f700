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
