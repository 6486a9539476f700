import { render } from '@testing-library/react';
import { useMemo } from 'react';
import { defaultDraft, type Draft } from '../core/event';
import { mergeIssues, type Issue } from '../core/issues';
import { draftProblems } from '../core/validate';
import { ComposerForm } from '../features/composer/composer-form';
import type { TimezoneSlotProps } from '../features/composer/types';
import { useComposerForm, useDraftValues } from '../features/composer/use-composer-form';

/** Fixed "now" for composer tests: 1 June 2026, summer time in New York. */
const NOW = new Date('2026-06-01T12:00:00Z');

const ZONES = [
  'Eastern Standard Time',
  'Tokyo Standard Time',
  'India Standard Time',
  'Nowhere Standard Time',
];

/** A plain select standing in for the TimezonePicker slot. */
function stubPicker({ id, value, onChange, onBlur, invalid, describedBy }: TimezoneSlotProps) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">Choose…</option>
      {ZONES.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </select>
  );
}

function Harness({
  initial,
  issues,
  pickerLoad,
}: {
  initial: Draft;
  issues: Issue[];
  pickerLoad?: Promise<unknown>;
}) {
  const form = useComposerForm(initial);
  const draft = useDraftValues(form);
  // As the app does: the draft's own problems merged with the ones from the preview.
  const all = useMemo(() => mergeIssues(draftProblems(draft, NOW), issues), [draft, issues]);
  return (
    <>
      <ComposerForm form={form} timezonePicker={stubPicker} pickerLoad={pickerLoad} issues={all} now={NOW} />
      <output data-testid="draft">{JSON.stringify(draft)}</output>
      <button type="button" onClick={() => form.reset({ ...defaultDraft(), title: '', eventId: 'Opened_1' })}>
        Open a saved draft
      </button>
    </>
  );
}

/**
 * Renders the composer with a draft (default: the example event) and returns a live-draft reader, once the
 * whole form is drawn (the groups after the first come after a paint, the Braze group a paint after When).
 * `pickerLoad` stands for the picker's code loading, which the When group waits for (briefly).
 */
export async function renderComposer(
  overrides: Partial<Draft> = {},
  issues: Issue[] = [],
  pickerLoad?: Promise<unknown>,
) {
  const view = render(
    <Harness initial={{ ...defaultDraft(), ...overrides }} issues={issues} pickerLoad={pickerLoad} />,
  );
  await view.findByRole('group', { name: 'Braze' });
  const draft = (): Draft => JSON.parse(view.getByTestId('draft').textContent ?? '{}') as Draft;
  return { ...view, draft };
}
