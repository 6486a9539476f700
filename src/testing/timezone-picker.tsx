import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import timezones from '../../public/timezones.json';
import { TimezonePicker } from '../features/timezone-picker/timezone-picker';
import { TimezoneLists } from '../features/timezone-picker/timezone-lists';
import { TimezoneListsContext, fetchLocalTimezones } from '../features/timezone-picker/use-timezones';

/** jsdom lacks what cmdk and Radix measure with; stub it for component tests. */
export function stubLayoutApis(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

/** A fetch answering /timezones.json with the generated list (or failing `failures` times first). */
export function mockTimezonesFetch(failures = 0) {
  let calls = 0;
  const fetchMock = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) return new Response('oops', { status: 503 });
    return new Response(JSON.stringify(timezones), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function Harness({
  initial,
  eventDate,
  onChange,
}: {
  initial: string;
  eventDate: Date;
  onChange: (id: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="tz">Timezone</label>
      <TimezonePicker
        id="tz"
        value={value}
        onChange={(id) => {
          setValue(id);
          onChange(id);
        }}
        onBlur={() => undefined}
        eventDate={eventDate}
        invalid={false}
      />
    </>
  );
}

/** Renders a labelled picker with lists of its own (nothing fetched by an earlier test). */
export function renderPicker(
  initial = 'Eastern Standard Time',
  eventDate = new Date('2027-01-15T12:00:00Z'),
) {
  const onChange = vi.fn();
  const view = render(
    <TimezoneListsContext value={new TimezoneLists(fetchLocalTimezones)}>
      <Harness initial={initial} eventDate={eventDate} onChange={onChange} />
    </TimezoneListsContext>,
  );
  return { ...view, onChange };
}
