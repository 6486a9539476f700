import { defaultDraft, type Draft } from '../event';
import { draftFieldLabel, type Issue } from '../issues';

const FIELDS = ['eventId', 'title', 'description', 'location'] as const;

const why = (key: (typeof FIELDS)[number]) =>
  key === 'eventId'
    ? 'every campaign that keeps it writes over the same event. Choose your own id.'
    : 'subscribers would see it in their calendar. Write your own.';

/** Warns about each text field still holding the example's placeholder ("Event Title"), which subscribers would see. */
export function checkDefaultTexts(draft: Pick<Draft, (typeof FIELDS)[number]>): Issue[] {
  const example = defaultDraft();
  return FIELDS.filter((key) => draft[key].trim() !== '' && draft[key].trim() === example[key]).map(
    (key) => ({
      code: 'draft.default-text',
      path: key,
      field: 'draft' as const,
      severity: 'warning' as const,
      message: `${draftFieldLabel(key)} is still the example text "${example[key]}": ${why(key)}`,
      params: { field: key, text: example[key] },
    }),
  );
}
