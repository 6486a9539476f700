import { describe, expect, it } from 'vitest';
import { defaultDraft, type Draft } from '../event';
import { draftProblems } from './draft-problems';

const NOW = new Date('2026-06-01T12:00:00Z');
const draft = (over: Partial<Draft>): Draft => ({ ...defaultDraft(), ...over });

describe('draftProblems', () => {
  it('finds nothing wrong with the example event', () => {
    expect(draftProblems(defaultDraft(), NOW).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each<[string, Partial<Draft>, string, string]>([
    [
      'a credential name with spaces',
      { credentialName: 'Rokt Prod Cred' },
      'credentialName',
      'Braze credential name cannot contain spaces, % or }.',
    ],
    [
      'an empty event id',
      { eventId: '' },
      'eventId',
      'Event id is required: pick a unique id such as summer_sale_2026.',
    ],
    [
      'an emptied reminder',
      { notifyBefore: Number.NaN },
      'notifyBefore',
      'Reminder must be a number of minutes.',
    ],
  ])('reports %s as an error at its field', (_name, over, path, message) => {
    expect(draftProblems(draft(over), NOW)).toContainEqual(
      expect.objectContaining({ path, message, severity: 'error', field: 'draft' }),
    );
  });
});
