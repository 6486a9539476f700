import { afterEach, describe, expect, it } from 'vitest';
import { activateTestLocale } from '../../testing/test-locale';
import { freshCopy } from './starting-copy';

afterEach(() => activateTestLocale('en'));

describe('freshCopy', () => {
  it.each([
    ['en' as const, ['Event Title', 'Event Description', 'Event Location']],
    ['es' as const, ['Título del evento', 'Descripción del evento', 'Ubicación del evento']],
  ])('starts a new draft in %s with that language’s example texts', (locale, texts) => {
    activateTestLocale(locale);
    const { draft, name } = freshCopy();
    expect([draft.title, draft.description, draft.location]).toEqual(texts);
    expect(draft.eventId).toBe('Event_0001');
    expect(name).toBeNull();
  });
});
