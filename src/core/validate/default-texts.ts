import { defaultDraft, EXAMPLE_TEXTS, type Draft } from '../event';
import { draftFieldLabel, type Issue } from '../issues';

const FIELDS = ['eventId', 'title', 'description', 'location'] as const;

const why = (key: (typeof FIELDS)[number]) =>
  key === 'eventId'
    ? 'every campaign that keeps it writes over the same event. Choose your own id.'
    : 'subscribers would see it in their calendar. Write your own.';

/** The example drafts of every interface language. */
const EXAMPLES = Object.keys(EXAMPLE_TEXTS).map(defaultDraft);

/**
 * Warns about each text field still holding an example's placeholder ("Event Title", or a new Spanish draft's
 * "Título del evento"), which subscribers would see.
 */
export function checkDefaultTexts(draft: Pick<Draft, (typeof FIELDS)[number]>): Issue[] {
  return FIELDS.flatMap((key) => {
    const text = draft[key].trim();
    if (text === '' || !EXAMPLES.some((example) => example[key] === text)) return [];
    return [
      {
        code: 'draft.default-text',
        path: key,
        field: 'draft' as const,
        severity: 'warning' as const,
        message: `${draftFieldLabel(key)} is still the example text "${text}": ${why(key)}`,
        params: { field: key, text },
      },
    ];
  });
}
