import { memo, useState, type KeyboardEvent } from 'react';
import { loadLater } from '../../ui/load-later';
import type { OpenRequest, TimezonePickerProps } from './timezone-picker';
import { TriggerContent } from './trigger-content';
import { selectedLabel } from './selected-label';
import './timezone-picker.css';

/** The combobox code (Radix popover, cmdk), loaded on first use; index.html already preloads it. */
const useFullPicker = loadLater(() => import('./timezone-picker'), { first: true });

/**
 * Starts loading the combobox code before the field is drawn, for a screen that draws the field a render
 * later: call it while rendering, as the field itself would.
 */
export const startTimezonePicker = useFullPicker.start;

/**
 * The timezone picker, with its combobox code loaded after the first paint. Until it arrives, the same
 * trigger shows the selected zone and remembers a click, Enter, arrow or typed letter: the picker opens
 * with it as soon as its code is there, so no click is lost. Focus moves to the real trigger too; leaving
 * the field first cancels.
 */
export const LazyTimezonePicker = memo(function LazyTimezonePicker(props: TimezonePickerProps) {
  const [request, setRequest] = useState<OpenRequest | undefined>(undefined);
  const full = useFullPicker();
  if (!full) return <PickerTrigger {...props} request={request} onRequest={setRequest} />;
  return <full.TimezonePicker {...props} initialRequest={request} />;
});

/** Which key presses on the trigger open the picker, and with what search text (null: not an opening key). */
export function openingSearch(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): string | null {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === ' ') return '';
  if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) return e.key;
  return null;
}

function PickerTrigger({
  id,
  value,
  eventDate,
  invalid,
  describedBy,
  placeholder,
  request,
  onRequest,
}: TimezonePickerProps & { request?: OpenRequest; onRequest(request: OpenRequest | undefined): void }) {
  const current = selectedLabel(value, eventDate);
  return (
    <button
      id={id}
      type="button"
      className="timezone-picker-trigger"
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-haspopup="dialog"
      aria-expanded={request?.open ?? false}
      aria-busy="true"
      onFocus={() => {
        if (!request) onRequest({ open: false, search: '', focus: true });
      }}
      // Leaving the field before the code arrives cancels: the picker must not pop up under another field.
      onBlur={() => onRequest(undefined)}
      // A press opens it, not only a click: when the code arrives between the press and the release, this
      // button is replaced before the click event, and the click would be lost.
      onPointerDown={(e) => {
        if (e.button === 0) onRequest({ open: true, search: request?.search ?? '', focus: true });
      }}
      onClick={() => onRequest({ open: true, search: request?.search ?? '', focus: true })}
      onKeyDown={(e) => {
        const search = openingSearch(e);
        if (search === null) return;
        e.preventDefault();
        onRequest({ open: true, search: `${request?.open ? request.search : ''}${search}`, focus: true });
      }}
    >
      <TriggerContent current={current} placeholder={placeholder} />
    </button>
  );
}
