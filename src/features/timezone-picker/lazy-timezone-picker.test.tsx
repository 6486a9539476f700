import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openingSearch } from './lazy-timezone-picker';
import { mockTimezonesFetch, stubLayoutApis } from '../../testing/timezone-picker';

/**
 * A copy of the picker whose combobox code has not loaded yet: the unit suite shares modules between files, and
 * another file may already have loaded it through the shared copy.
 */
async function freshLazyPicker() {
  vi.resetModules();
  return (await import('./lazy-timezone-picker')).LazyTimezonePicker;
}

beforeEach(() => stubLayoutApis());
afterEach(() => vi.unstubAllGlobals());

describe('LazyTimezonePicker', { timeout: 20_000 }, () => {
  // One test: once the combobox code has loaded, later renders no longer show the placeholder trigger.
  it('opens on a click made before its code arrived, and its text never changes format', async () => {
    const LazyTimezonePicker = await freshLazyPicker();
    mockTimezonesFetch();
    render(
      <>
        <label htmlFor="tz">Timezone</label>
        <LazyTimezonePicker
          id="tz"
          value="Romance Standard Time"
          onChange={() => undefined}
          onBlur={() => undefined}
          eventDate={new Date('2027-01-15T12:00:00Z')}
          invalid={false}
        />
      </>,
    );
    const placeholder = screen.getByLabelText('Timezone');
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    const before = placeholder.textContent;
    expect(before).toBe('UTC+01:00 · Romance Time (Romance Standard Time)▾');
    placeholder.focus();
    fireEvent.click(placeholder);

    const search = await screen.findByRole('combobox', { name: 'Search timezones' });
    expect(search).toHaveValue('');
    expect(await screen.findByRole('option', { name: /Romance Time/ })).toBeInTheDocument();
    const trigger = screen.getByLabelText('Timezone');
    expect(trigger).not.toHaveAttribute('aria-busy');
    await waitFor(() => expect(trigger.textContent).toBe(before));
  });
});

describe('openingSearch', () => {
  it.each([
    ['ArrowDown', ''],
    ['Enter', ''],
    [' ', ''],
    ['k', 'k'],
    ['Tab', null],
    ['Escape', null],
  ])('%j opens with search %j', (key, search) => {
    expect(openingSearch({ key, ctrlKey: false, metaKey: false, altKey: false })).toBe(search);
  });

  it('leaves shortcuts alone', () => {
    expect(openingSearch({ key: 'c', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });
});
