import { describe, expect, it } from 'vitest';
import { type Draft, defaultDraft } from '../event';
import { checkDraftFields } from './draft-fields';

const draft = (patch: Record<string, unknown>) => ({ ...defaultDraft(), ...patch }) as Draft;
const options = (patch: Record<string, unknown>) => ({ options: { ...defaultDraft().options, ...patch } });

describe('checkDraftFields', () => {
  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['a valid draft', {}, []],
    [
      'an empty title',
      { title: '' },
      [['title', 'Title is required: it is what subscribers see in their calendar.']],
    ],
    [
      'a reminder past four weeks',
      { notifyBefore: 40321 },
      [['notifyBefore', 'Reminder can be at most 4 weeks (40320 minutes).']],
    ],
    [
      'a negative fraction: one sentence for the field, the first',
      { notifyBefore: -1.5 },
      [['notifyBefore', 'Reminder must be a whole number of minutes.']],
    ],
    [
      'several bad fields, each at its own path',
      { title: '', start: 'x', timezone: '' },
      [
        ['title', 'Title is required: it is what subscribers see in their calendar.'],
        ['start', 'Start must be a date and time like 2026-12-24T18:00 (no timezone offset).'],
        ['timezone', 'Timezone is required: pick one from the list.'],
      ],
    ],
    [
      'a nested option, at its dotted path',
      options({ updateShape: 'x' }),
      [['options.updateShape', 'options.updateShape must be "nested" or "flat".']],
    ],
  ])('%s', (_name, patch, expected) => {
    const issues = checkDraftFields(draft(patch));
    expect(issues.map((i) => [i.path, i.message])).toEqual(expected);
    for (const issue of issues)
      expect([issue.code, issue.severity, issue.field]).toEqual(['draft.field-invalid', 'error', 'draft']);
  });
});
