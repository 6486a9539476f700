import { describe, expect, it } from 'vitest';
import { checkDefaultTexts } from './default-texts';

describe('checkDefaultTexts', () => {
  it('reads an example text with spaces around it as the example, and says why an example id is a problem', () => {
    expect(
      checkDefaultTexts({
        eventId: '  Event_0001 ',
        title: ' Event Title',
        description: 'Our sale',
        location: '',
      }),
    ).toEqual([
      {
        code: 'draft.default-text',
        path: 'eventId',
        field: 'draft',
        severity: 'warning',
        message:
          'Event id is still the example text "Event_0001": every campaign that keeps it writes over the same event. Choose your own id.',
        params: { field: 'eventId', text: 'Event_0001' },
      },
      {
        code: 'draft.default-text',
        path: 'title',
        field: 'draft',
        severity: 'warning',
        message:
          'Title is still the example text "Event Title": subscribers would see it in their calendar. Write your own.',
        params: { field: 'title', text: 'Event Title' },
      },
    ]);
  });

  it.each([
    ['blank texts', { eventId: ' ', title: '\t', description: '', location: '  ' }],
    [
      'an example text of another field',
      {
        eventId: 'Event Title',
        title: 'Event_0001',
        description: 'Event Location',
        location: 'Event Description',
      },
    ],
  ])('says nothing about %s', (_name, texts) => {
    expect(checkDefaultTexts(texts)).toEqual([]);
  });
});
