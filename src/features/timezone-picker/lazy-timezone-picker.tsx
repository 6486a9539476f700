import { lazy, memo, Suspense } from 'react';
import type { TimezonePickerProps } from './timezone-picker';
import { TriggerContent } from './trigger-content';
import { useTimezones } from './use-timezones';
import { selectedLabel } from './use-timezone-options';
import './timezone-picker.css';

const FullPicker = lazy(() => import('./timezone-picker').then((m) => ({ default: m.TimezonePicker })));

/**
 * The timezone picker, with its combobox code (Radix popover, cmdk) loaded after the first paint:
 * until it arrives, the same trigger shows the selected zone.
 */
export const LazyTimezonePicker = memo(function LazyTimezonePicker(props: TimezonePickerProps) {
  return (
    <Suspense fallback={<PickerTrigger {...props} />}>
      <FullPicker {...props} />
    </Suspense>
  );
});

function PickerTrigger({ id, value, eventDate, invalid, describedBy, placeholder }: TimezonePickerProps) {
  const query = useTimezones();
  const current = selectedLabel(value, query.data, eventDate);
  return (
    <button
      id={id}
      type="button"
      className="timezone-picker-trigger"
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-busy="true"
    >
      <TriggerContent current={current} placeholder={placeholder} />
    </button>
  );
}
