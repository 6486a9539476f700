import { useEffect, useState } from 'react';
import { calendarEventFor, subscriberZoneOf } from '../../core/calendar';
import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate } from '../../core/template';
import { TEXT } from './calendar-text';
import { whenText } from './format';
import { calendarProblemText } from './problem-text';
import type { CalendarRenderer } from './types';

/** One user's line; `when` is worded at render, so a switch of language rewords it. */
type Row = { zone: string | null; when: () => string; ok: boolean };

/** One line per sample user: the zone their calendar uses and the local date and time the event lands at. */
export function AllUsersTimes(props: {
  template: BrazeTemplate;
  users: { id: string; name: string; user: SampleUser }[];
  renderer: CalendarRenderer;
}) {
  const { template, users, renderer } = props;
  const [rows, setRows] = useState<{ template: BrazeTemplate; byId: Record<string, Row> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const each = users.map(async ({ id, user }): Promise<[string, Row] | null> => {
      const userZone = subscriberZoneOf(user);
      try {
        const rendered = await renderer.render(template, user, {
          signal: controller.signal,
          background: true,
        });
        const result = calendarEventFor(rendered, userZone);
        if (!result.ok) {
          const { problem } = result;
          return [id, { zone: userZone, when: () => calendarProblemText(problem), ok: false }];
        }
        const { event } = result;
        return [id, { zone: event.zone, when: () => whenText(event), ok: true }];
      } catch (error) {
        if (controller.signal.aborted) return null;
        return [
          id,
          {
            zone: userZone ?? '',
            when: () => (error instanceof Error ? error.message : String(error)),
            ok: false,
          },
        ];
      }
    });
    void Promise.all(each).then((pairs) => {
      if (controller.signal.aborted) return;
      setRows({ template, byId: Object.fromEntries(pairs.filter((p) => p !== null)) });
    });
    return () => controller.abort();
  }, [renderer, template, users]);

  const fresh = rows?.template === template;
  return (
    <section className="cal-all" aria-labelledby="cal-all-title" aria-busy={!fresh}>
      <h3 id="cal-all-title" className="cal-all-title">
        {TEXT.allUsers.title}
      </h3>
      <table className="cal-all-table">
        <thead>
          <tr>
            <th scope="col">{TEXT.allUsers.user}</th>
            <th scope="col">{TEXT.allUsers.zone}</th>
            <th scope="col">{TEXT.allUsers.when}</th>
          </tr>
        </thead>
        <tbody>
          {users.map(({ id, name }) => {
            const row = rows?.byId[id];
            return (
              <tr key={id}>
                <th scope="row">{name}</th>
                <td>{row ? (row.zone ?? TEXT.allUsers.eventZone) : ''}</td>
                <td className={row && !row.ok ? 'cal-all-why' : undefined}>
                  {row ? row.when() : TEXT.allUsers.checking}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
