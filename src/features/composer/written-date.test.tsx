import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateTestLocale } from '../../testing/test-locale';
import { WrittenDate } from './written-date';

afterEach(() => activateTestLocale('en'));

describe('WrittenDate', () => {
  it.each<['en' | 'es', string, boolean, string]>([
    ['es', '2027-06-15T15:00', false, 'mar, 15 jun 2027, 15:00'],
    ['es', '2027-06-15T00:00', true, 'mar, 15 jun 2027'],
    ['en', '2027-06-15T15:00', false, 'Tue, Jun 15, 2027, 3:00 PM'],
  ])('writes %s %s (all day: %s) as %s', (locale, value, allDay, expected) => {
    activateTestLocale(locale);
    const { container } = render(<WrittenDate value={value} allDay={allDay} />);
    expect(container.textContent?.replace(/\s/g, ' ')).toBe(expected);
  });

  it('shows nothing for an empty or unfinished value', () => {
    activateTestLocale('es');
    expect(render(<WrittenDate value="" allDay={false} />).container.textContent).toBe('');
    expect(render(<WrittenDate value="2027-06" allDay={false} />).container.textContent).toBe('');
  });
});
