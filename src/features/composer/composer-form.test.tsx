import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderComposer } from '../../testing/composer';

/** The messages shown under a control (the element its aria-describedby names, ending in -messages). */
function messagesOf(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-messages'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('ComposerForm', () => {
  it('draws the first group at once and the others once it has been painted', async () => {
    const drawn = renderComposer();
    expect(screen.getByLabelText('Title')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'When' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Start')).not.toBeInTheDocument();
    await drawn;
    expect(screen.getByLabelText('Start')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Braze' })).toBeInTheDocument();
  });

  it('draws the When group (with Timezone) a paint before the Braze group', async () => {
    const drawn = renderComposer();
    await screen.findByRole('group', { name: 'When' });
    expect(screen.getByLabelText('Timezone')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Braze' })).not.toBeInTheDocument();
    await drawn;
    expect(screen.getByLabelText('Braze credential name')).toBeInTheDocument();
  });

  it("draws the When group once the picker's code has loaded, when that comes soon after the first paint", async () => {
    let loaded!: () => void;
    const drawn = renderComposer({}, [], new Promise<void>((resolve) => (loaded = resolve)));
    // Several frames later, still waiting for the picker's code.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(screen.queryByRole('group', { name: 'When' })).not.toBeInTheDocument();
    loaded();
    await drawn;
    expect(screen.getByLabelText('Timezone')).toBeInTheDocument();
  });

  it("draws the When group (soon) even if the picker's code never comes", async () => {
    await renderComposer({}, [], new Promise(() => {}));
    expect(screen.getByLabelText('Start')).toBeInTheDocument();
    expect(screen.getByLabelText('Timezone')).toBeInTheDocument();
  });

  it('shows "Title is required" right under an emptied title, while typing', async () => {
    const user = userEvent.setup();
    await renderComposer();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(messagesOf(title)).toMatch(/Title is required/);
    await user.type(title, 'Summer sale');
    await waitFor(() => expect(title).not.toHaveAttribute('aria-invalid'));
    expect(messagesOf(title)).toBe('');
  });

  it('says the end is before the start next to End', async () => {
    await renderComposer();
    const end = screen.getByLabelText('End');
    fireEvent.change(end, { target: { value: '2027-02-21T14:00' } });
    await waitFor(() => expect(messagesOf(end)).toMatch(/End 2027-02-21 14:00 is before the start/));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(messagesOf(screen.getByLabelText('Start'))).toBe('');
  });

  it('never blocks typing: invalid text stays exactly as typed and reaches the draft', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer();
    const credential = screen.getByLabelText('Braze credential name');
    await user.clear(credential);
    await user.type(credential, 'my key}');
    expect(credential).toHaveValue('my key}');
    await waitFor(() => expect(messagesOf(credential)).toMatch(/cannot contain spaces/));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Hi {{{{${{first_name}}');
    expect(title).toHaveValue('Hi {{${first_name}}');
    expect(draft()).toMatchObject({ credentialName: 'my key}', title: 'Hi {{${first_name}}' });
  });

  it('reveals a minutes input for a custom reminder and validates it', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer();
    await user.selectOptions(screen.getByLabelText('Reminder'), 'Custom…');
    const minutes = screen.getByLabelText('Minutes before the start');
    await user.clear(minutes);
    await user.type(minutes, '90');
    expect(draft().notifyBefore).toBe(90);
    expect(screen.getByText(/The reminder fires 90 minutes before/)).toBeInTheDocument();
    await user.clear(minutes);
    await user.type(minutes, '50000');
    await waitFor(() => expect(messagesOf(minutes)).toMatch(/at most 4 weeks/));
    await user.selectOptions(screen.getByLabelText('Reminder'), '1 day before');
    expect(screen.queryByLabelText('Minutes before the start')).not.toBeInTheDocument();
    expect(draft().notifyBefore).toBe(1440);
  });

  it('shows the problems of a draft opened with form.reset at once', async () => {
    const user = userEvent.setup();
    await renderComposer();
    await user.click(screen.getByRole('button', { name: 'Open a saved draft' }));
    expect(screen.getByLabelText('Event id')).toHaveValue('Opened_1');
    await waitFor(() => expect(messagesOf(screen.getByLabelText('Title'))).toMatch(/Title is required/));
  });

  it('opens a stored draft with a non-preset reminder in custom mode', async () => {
    await renderComposer({ notifyBefore: 45 });
    expect(screen.getByLabelText('Reminder')).toHaveValue('custom');
    expect(screen.getByLabelText('Minutes before the start')).toHaveValue(45);
  });

  it('shows issues from the preview next to their field', async () => {
    await renderComposer({}, [
      {
        code: 'liquid.unknown-filter',
        message: 'Unknown filter "upcase2" in the title.',
        path: 'title',
        severity: 'error',
      },
      { code: 'x', message: 'Shape warning.', path: 'options.updateShape', severity: 'warning' },
    ]);
    expect(messagesOf(screen.getByLabelText('Title'))).toMatch(/Unknown filter "upcase2"/);
    expect(screen.getByText('Shape warning.')).toBeInTheDocument();
  });

  it('switches to date-only inputs for an all-day event and keeps whole days', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer();
    await user.click(screen.getByLabelText('All-day event'));
    const start = screen.getByLabelText('Start');
    expect(start).toHaveAttribute('type', 'date');
    fireEvent.change(start, { target: { value: '2027-03-01' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2027-03-02' } });
    expect(draft()).toMatchObject({ allDay: true, start: '2027-03-01T00:00', end: '2027-03-02T23:59' });
  });

  it('labels the update mode and advanced options', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer();
    await user.click(screen.getByRole('radio', { name: 'Update event' }));
    expect(screen.getByText(/Use the id of the event you are updating/)).toBeInTheDocument();
    await user.click(screen.getByText('Advanced options'));
    await user.click(await screen.findByRole('radio', { name: /Flat/ }));
    await user.click(screen.getByLabelText('Send notifyBefore as a quoted string'));
    expect(draft()).toMatchObject({
      mode: 'update',
      options: { updateShape: 'flat', quoteNotifyBefore: true },
    });
    expect(
      screen.getByText(/Braze’s guide wraps fields in event; Rokt’s reference puts them/),
    ).toBeInTheDocument();
  });
});

describe('Time summary', () => {
  const summary = () => within(screen.getByRole('region', { name: 'Time summary' }));

  it('shows the event in UTC and its zone, the reminder, and a DST change before the event', async () => {
    await renderComposer();
    const rows = summary()
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /Event zone: Eastern Standard Time \(UTC-05:00\)Sun, Feb 21, 2027, 3:00\sPMSun, Feb 21, 2027, 4:00\sPM/,
      ),
    );
    expect(rows).toContainEqual(
      expect.stringMatching(/^UTCSun, Feb 21, 2027, 8:00\sPMSun, Feb 21, 2027, 9:00\sPM/),
    );
    expect(
      summary().getByText(/The reminder fires 15 minutes before: Sun, Feb 21, 2027, 2:45\sPM/),
    ).toBeInTheDocument();
    expect(
      summary().getByText(/Clocks change in Eastern Standard Time on Sun, Nov 1, 2026/),
    ).toBeInTheDocument();
  });

  it('does not pretend a skipped start has a time, and the fix under Start repairs it', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer({ start: '2027-03-14T02:30', end: '2027-03-14T03:30' });
    expect(
      summary().getByText(
        /Start 2027-03-14 02:30 does not exist in Eastern Standard Time \(the clocks skip it\)/,
      ),
    ).toBeInTheDocument();
    expect(summary().queryByRole('table')).toBeNull();
    const start = screen.getByLabelText('Start');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(messagesOf(start)).toMatch(/clocks jump from 02:00 to 03:00/);
    await user.click(screen.getByRole('button', { name: 'Start at 03:00, end at 04:00 (keeps 1 hour)' }));
    expect(draft()).toMatchObject({ start: '2027-03-14T03:00', end: '2027-03-14T04:00' });
    await waitFor(() => expect(start).not.toHaveAttribute('aria-invalid'));
    expect(summary().getByRole('table')).toBeInTheDocument();
  });

  it('asks which of two equal fall-back times is meant and counts the length from the answer', async () => {
    const user = userEvent.setup();
    const { draft } = await renderComposer({ start: '2027-11-07T01:30', end: '2027-11-07T02:30' });
    const start = screen.getByLabelText('Start');
    expect(messagesOf(start)).toMatch(/happens twice .* Using the earlier one \(UTC-04:00\)/);
    const end = screen.getByLabelText('End');
    expect(messagesOf(end)).toMatch(/The event lasts 2 hours, not the 1 hour/);
    const later = screen.getByRole('radio', { name: 'The later one (UTC-05:00)' });
    expect(screen.getByRole('radio', { name: 'The earlier one (UTC-04:00)' })).toBeChecked();
    await user.click(later);
    expect(draft().options.startOccurrence).toBe('later');
    await waitFor(() => expect(messagesOf(end)).not.toMatch(/The event lasts/));
  });

  it('moves the end with the start, keeping the length', async () => {
    const { draft } = await renderComposer({ start: '2027-02-21T15:00', end: '2027-02-21T16:30' });
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '2027-02-23T09:00' } });
    expect(draft()).toMatchObject({ start: '2027-02-23T09:00', end: '2027-02-23T10:30' });
    expect(screen.queryByText(/is before the start/)).toBeNull();
  });

  it('warns about an event in the past', async () => {
    await renderComposer({ start: '2026-01-10T10:00', end: '2026-01-10T11:00' });
    expect(summary().getByText(/which is in the past/)).toBeInTheDocument();
  });

  it('adds subscriber zones, keeps them after a remount, and removes them', async () => {
    const user = userEvent.setup();
    const first = await renderComposer();
    await user.selectOptions(screen.getByLabelText('Add a subscriber zone'), 'Tokyo Standard Time');
    expect(summary().getByRole('row', { name: /Tokyo Standard Time \(UTC\+09:00\)/ })).toHaveTextContent(
      /Mon, Feb 22, 2027, 5:00\sAM/,
    );
    first.unmount();
    await renderComposer();
    await user.click(summary().getByRole('button', { name: 'Remove Tokyo Standard Time' }));
    expect(summary().queryByRole('row', { name: /Tokyo/ })).not.toBeInTheDocument();
  });

  it('explains when the times cannot be computed', async () => {
    const user = userEvent.setup();
    await renderComposer();
    await user.selectOptions(screen.getByLabelText('Timezone'), 'Nowhere Standard Time');
    expect(summary().getByText(/pick a timezone to see when the event happens/)).toBeInTheDocument();
    expect(messagesOf(screen.getByLabelText('Timezone'))).toMatch(/Nowhere Standard Time/);
  });
});
