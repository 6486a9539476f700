import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import { activateTestLocale } from '../../testing/test-locale';
import { CalendarTab } from './calendar-tab';
import type { CalendarRenderer } from './types';

const TEMPLATE: BrazeTemplate = { url: '', method: 'POST', headers: [], body: '' };

function userIn(zone: string | undefined, id = 'u1'): SampleUser {
  return {
    user_id: id,
    ...(zone ? { time_zone: zone } : {}),
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
}

function requestFor(event: Record<string, unknown>): RenderedRequest {
  const json = {
    event: { eventId: 'launch_u1', title: 'Launch', timezone: 'Eastern Standard Time', ...event },
  };
  return { url: '', method: 'POST', headers: [], body: JSON.stringify(json), json, errors: [], warnings: [] };
}

const TIMED = requestFor({ start: '2027-06-15T22:00:00', end: '2027-06-16T01:00:00', notifyBefore: 30 });
const ALL_DAY = requestFor({ start: '2027-10-02T00:00:00', end: '2027-10-04T00:00:00', allDayEvent: true });

const renderer = (byUser: Record<string, RenderedRequest>): CalendarRenderer => ({
  render: async (_template, user) => byUser[String(user.user_id)] ?? TIMED,
});

function show(rendered: RenderedRequest, user: SampleUser, users = [{ id: 'a', name: 'Alex', user }]) {
  return render(
    <CalendarTab
      rendered={rendered}
      status="ready"
      template={TEMPLATE}
      user={user}
      userName="Alex"
      users={users}
      renderer={renderer({})}
    />,
  );
}

describe('CalendarTab', () => {
  it('speaks Spanish with Spanish dates and 24-hour times when the interface is in Spanish', () => {
    activateTestLocale('es');
    show(TIMED, userIn('America/New_York'));
    expect(screen.getByRole('heading', { name: 'Calendario' })).toBeInTheDocument();
    expect(screen.getByTestId('calendar-when')).toHaveTextContent(
      'mar, 15 jun 2027, 22:00 – mié, 16 jun 2027, 1:00 (UTC-04:00) · 3 h · America/New_York',
    );
    expect(screen.getByTestId('calendar-reminder')).toHaveTextContent(
      'mar, 15 jun 2027, 21:30 (30 minutos antes)',
    );
    expect(screen.getByRole('button', { name: 'Descargar .ics' })).toBeInTheDocument();
  });

  it('draws an event crossing midnight in New York on both days, with the reminder', () => {
    const { container } = show(TIMED, userIn('America/New_York'));
    expect(screen.getByTestId('calendar-when')).toHaveTextContent(
      'Tue, Jun 15, 2027, 10:00 PM – Wed, Jun 16, 2027, 1:00 AM (UTC-04:00) · 3 h · America/New_York',
    );
    expect(screen.getByTestId('calendar-reminder')).toHaveTextContent(
      'Tue, Jun 15, 2027, 9:30 PM (30 minutes before)',
    );
    const day1 = container.querySelector('.cal-col[data-date="2027-06-15"]');
    const day2 = container.querySelector('.cal-col[data-date="2027-06-16"]');
    expect(day1).toHaveTextContent('10:00 PM – continues the next day ↓');
    expect(day1).toHaveTextContent('Reminder 9:30 PM');
    expect(day2).toHaveTextContent('↑ from the day before – 1:00 AM');
  });

  it('redraws in a zone picked in the tab, and in the day view moves by a day', async () => {
    const user = userEvent.setup();
    const { container } = show(TIMED, userIn('America/New_York'));
    // fireEvent: the select lists every zone, which userEvent walks slowly in jsdom.
    fireEvent.change(screen.getByLabelText('Shown in'), { target: { value: 'Europe/Madrid' } });
    expect(screen.getByTestId('calendar-when')).toHaveTextContent(
      'Wed, Jun 16, 2027, 4:00 – 7:00 AM (UTC+02:00)',
    );
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(container.querySelectorAll('.cal-col')).toHaveLength(1);
    expect(container.querySelector('.cal-col')).toHaveAttribute('data-date', '2027-06-16');
    await user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(container.querySelector('.cal-col')).toHaveAttribute('data-date', '2027-06-17');
    await user.click(screen.getByRole('button', { name: 'Go to event' }));
    expect(container.querySelector('.cal-col')).toHaveAttribute('data-date', '2027-06-16');
  }, 15_000);

  it('draws an all-day event as one banner across its days and keeps the chosen look', async () => {
    const user = userEvent.setup();
    const { container } = show(ALL_DAY, userIn(undefined));
    expect(screen.getByText(/no time_zone attribute/)).toBeInTheDocument();
    const banner = container.querySelector('.cal-banner');
    expect(banner).toHaveTextContent('Launch');
    expect(banner).toHaveStyle({ gridColumn: '6 / 8' }); // Saturday and Sunday of that week
    await user.click(screen.getByRole('button', { name: 'Outlook-like' }));
    expect(container.querySelector('.cal')).toHaveClass('cal--outlook');
    expect(localStorage.getItem('rokt-composer.calendar-look')).toBe('outlook');
  });

  it('says why nothing reaches the calendar, and lists every sample user', async () => {
    const aborted = { ...TIMED, aborted: { reason: 'No subscriptions.', field: 'body' as const } };
    const users = [
      { id: 'a', name: 'Alex', user: userIn('Australia/Sydney', 'u1') },
      { id: 'b', name: 'Sam', user: userIn('Asia/Kathmandu', 'u2') },
    ];
    render(
      <CalendarTab
        rendered={aborted}
        status="ready"
        template={TEMPLATE}
        user={users[0]!.user}
        userName="Alex"
        users={users}
        renderer={renderer({ u1: aborted, u2: TIMED })}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Braze would not send to this user: No subscriptions.',
    );
    const table = screen.getByRole('region', { name: 'All sample users' });
    expect(
      await within(table).findByText('Wed, Jun 16, 2027, 7:45 – 10:45 AM (UTC+05:45)'),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Alex/ })).toHaveTextContent('Braze would not send');
  });
});
