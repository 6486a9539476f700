import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockTimezonesFetch, renderPicker, stubLayoutApis } from '../../testing/timezone-picker';

beforeEach(() => stubLayoutApis());
afterEach(() => vi.unstubAllGlobals());

describe('TimezonePicker', { timeout: 20_000 }, () => {
  it('finds India Standard Time by typing "kolkata" and shows UTC+05:30', async () => {
    mockTimezonesFetch();
    const user = userEvent.setup();
    renderPicker();
    await user.click(screen.getByLabelText('Timezone'));
    await user.type(screen.getByRole('combobox', { name: 'Search timezones' }), 'kolkata');
    const option = await screen.findByRole('option', { name: /India Time/ });
    expect(option).toHaveTextContent('UTC+05:30');
    expect(option).toHaveTextContent('India Standard Time');
    expect(option).toHaveTextContent('Kolkata');
  });

  it('is usable from the keyboard: ArrowDown opens, typing filters, Enter picks, focus returns', async () => {
    mockTimezonesFetch();
    const user = userEvent.setup();
    const { onChange } = renderPicker();
    const trigger = screen.getByLabelText('Timezone');
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    const input = await screen.findByRole('combobox', { name: 'Search timezones' });
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('tokyo');
    await screen.findByRole('option', { name: /Tokyo/ });
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('Tokyo Standard Time');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveTextContent('UTC+09:00');
  });

  it('opens by typing on the trigger with the typed letter as the search, and Escape closes it', async () => {
    mockTimezonesFetch();
    const user = userEvent.setup();
    const { onChange } = renderPicker();
    const trigger = screen.getByLabelText('Timezone');
    trigger.focus();
    await user.keyboard('b');
    const input = await screen.findByRole('combobox', { name: 'Search timezones' });
    expect(input).toHaveValue('b');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('searches by offset (+5:30)', async () => {
    mockTimezonesFetch();
    const user = userEvent.setup();
    renderPicker();
    await user.click(screen.getByLabelText('Timezone'));
    await user.type(screen.getByRole('combobox', { name: 'Search timezones' }), '+5:30');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => within(o).getByText(/^UTC/).textContent)).toEqual(
      options.map(() => 'UTC+05:30'),
    );
  });

  it.each([
    ['January', '2027-01-15T12:00:00Z', 'UTC-05:00'],
    ['July', '2027-07-15T12:00:00Z', 'UTC-04:00'],
  ])('shows Eastern with its offset on the event date (%s: %s)', async (_m, date, offset) => {
    mockTimezonesFetch();
    const user = userEvent.setup();
    renderPicker('Eastern Standard Time', new Date(date));
    const trigger = screen.getByLabelText('Timezone');
    await waitFor(() => expect(trigger).toHaveTextContent(`${offset} · Eastern Time`));
    await user.click(trigger);
    await user.type(screen.getByRole('combobox', { name: 'Search timezones' }), 'new york');
    expect(await screen.findByRole('option', { name: /Eastern Time/ })).toHaveTextContent(offset);
  });

  it('shows an error with a Retry button when the list cannot be loaded, and recovers', async () => {
    const fetchMock = mockTimezonesFetch(2);
    const user = userEvent.setup();
    renderPicker();
    await user.click(screen.getByLabelText('Timezone'));
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('option', { name: /India Time/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
