import { describe, expect, it } from 'vitest';
import { type Draft, defaultDraft } from '../event';
import type { Issue } from '../issues';
import { validateDraft } from './validate-draft';

const NOW = new Date('2026-01-15T12:00:00Z');
const EST = 'Eastern Standard Time';
const SYDNEY = 'AUS Eastern Standard Time';
const draft = (patch: Partial<Draft>): Draft => ({ ...defaultDraft(), ...patch });
const later = (key: 'startOccurrence' | 'endOccurrence') => ({ ...defaultDraft().options, [key]: 'later' });
/** The clock-change problems (not order, past or reminder ones) as the marketer sees them. */
const clockIssues = (d: Draft): Issue[] =>
  validateDraft(d, NOW).filter((i) => /nonexistent|ambiguous|duration-differs/.test(i.code));

const estSpringJump = {
  from: '02:00',
  to: '03:00',
  offsetBefore: 'UTC-05:00',
  offsetAfter: 'UTC-04:00',
};
const estGap = 'clocks jump from 02:00 to 03:00 that night (UTC-05:00 to UTC-04:00).';
const pick = ' Calendars cannot show it; pick a time outside the gap or one of the fixes.';

describe('a wall time the clocks skip', () => {
  it('is an error with the jump in its words and its parameters', () => {
    expect(clockIssues(draft({ start: '2027-03-14T02:30', end: '2027-03-14T04:30' }))).toEqual([
      {
        code: 'draft.start-nonexistent',
        path: 'start',
        field: 'draft',
        severity: 'error',
        message: `Start 2027-03-14 02:30 does not exist in Eastern Standard Time: ${estGap}${pick}`,
        params: { wall: '2027-03-14 02:30', zone: EST, firstValid: '2027-03-14T03:00', ...estSpringJump },
        fixes: [
          {
            code: 'first-valid-time',
            label: 'Start at 03:00',
            set: { start: '2027-03-14T03:00' },
            params: { start: '03:00' },
          },
          {
            code: 'keep-duration',
            label: 'Start at 03:00, end at 05:00 (keeps 2 hours)',
            set: { start: '2027-03-14T03:00', end: '2027-03-14T05:00' },
            params: { start: '03:00', end: '05:00', minutes: 120 },
          },
        ],
      },
    ]);
  });

  it('offers the end fixes with the codes and parameters a translation needs', () => {
    const [issue] = clockIssues(draft({ start: '2027-03-14T01:30', end: '2027-03-14T02:30' }));
    expect(issue).toEqual({
      code: 'draft.end-nonexistent',
      path: 'end',
      field: 'draft',
      severity: 'error',
      message: `End 2027-03-14 02:30 does not exist in Eastern Standard Time: ${estGap}${pick}`,
      params: { wall: '2027-03-14 02:30', zone: EST, firstValid: '2027-03-14T03:00', ...estSpringJump },
      fixes: [
        {
          code: 'first-valid-time',
          label: 'End at 03:00',
          set: { end: '2027-03-14T03:00' },
          params: { end: '03:00' },
        },
        {
          code: 'keep-duration',
          label: 'End at 03:30 (keeps 1 hour)',
          set: { end: '2027-03-14T03:30' },
          params: { end: '03:30', minutes: 60 },
        },
      ],
    });
  });

  // [case, draft, for each clock-change issue: its message's first sentence and its fixes as label → set]
  it.each<[string, Partial<Draft>, [string, [string, Record<string, string>][]][]]>([
    [
      'start skipped, the end still after the first valid time: that fix moves the start only',
      { start: '2027-03-14T02:30', end: '2027-03-14T04:00' },
      [
        [
          'Start 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [
            ['Start at 03:00', { start: '2027-03-14T03:00' }],
            [
              'Start at 03:00, end at 04:30 (keeps 90 minutes)',
              { start: '2027-03-14T03:00', end: '2027-03-14T04:30' },
            ],
          ],
        ],
      ],
    ],
    [
      'start skipped, the end at the first valid time: one fix that keeps the length, not two equal ones',
      { start: '2027-03-14T02:30', end: '2027-03-14T03:00' },
      [
        [
          'Start 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [['Start at 03:00', { start: '2027-03-14T03:00', end: '2027-03-14T03:30' }]],
        ],
      ],
    ],
    [
      'start skipped, end before it: no length to keep',
      { start: '2027-03-14T02:30', end: '2027-03-14T01:00' },
      [
        [
          'Start 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [['Start at 03:00', { start: '2027-03-14T03:00' }]],
        ],
      ],
    ],
    [
      'start and end the same skipped time: the start fix keeps the zero length, the end has no start to keep',
      { start: '2027-03-14T02:30', end: '2027-03-14T02:30' },
      [
        [
          'Start 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [['Start at 03:00', { start: '2027-03-14T03:00', end: '2027-03-14T03:00' }]],
        ],
        [
          'End 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [['End at 03:00', { end: '2027-03-14T03:00' }]],
        ],
      ],
    ],
    [
      'start and end both in the gap: the end cannot keep a length from a start that does not exist',
      { start: '2027-03-14T02:15', end: '2027-03-14T02:45' },
      [
        [
          'Start 2027-03-14 02:15 does not exist in Eastern Standard Time',
          [['Start at 03:00', { start: '2027-03-14T03:00', end: '2027-03-14T03:30' }]],
        ],
        [
          'End 2027-03-14 02:45 does not exist in Eastern Standard Time',
          [['End at 03:00', { end: '2027-03-14T03:00' }]],
        ],
      ],
    ],
    [
      'a kept end on the next day is written with its date',
      { start: '2027-03-14T02:30', end: '2027-03-14T23:30' },
      [
        [
          'Start 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [
            ['Start at 03:00', { start: '2027-03-14T03:00' }],
            [
              'Start at 03:00, end at 2027-03-15 00:00 (keeps 21 hours)',
              { start: '2027-03-14T03:00', end: '2027-03-15T00:00' },
            ],
          ],
        ],
      ],
    ],
    [
      'end skipped, start after it: only the first valid time',
      { start: '2027-03-14T04:30', end: '2027-03-14T02:30' },
      [
        [
          'End 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [['End at 03:00', { end: '2027-03-14T03:00' }]],
        ],
      ],
    ],
    [
      'end skipped, start two days before: the kept length counts real time',
      { start: '2027-03-12T22:00', end: '2027-03-14T02:30' },
      [
        [
          'End 2027-03-14 02:30 does not exist in Eastern Standard Time',
          [
            ['End at 03:00', { end: '2027-03-14T03:00' }],
            ['End at 03:30 (keeps 29 hours)', { end: '2027-03-14T03:30' }],
          ],
        ],
      ],
    ],
    [
      'Lord Howe Island moves its clocks by half an hour',
      { timezone: 'Lord Howe Standard Time', start: '2027-10-03T02:15', end: '2027-10-03T03:15' },
      [
        [
          'Start 2027-10-03 02:15 does not exist in Lord Howe Standard Time',
          [
            ['Start at 02:30', { start: '2027-10-03T02:30' }],
            [
              'Start at 02:30, end at 03:30 (keeps 1 hour)',
              { start: '2027-10-03T02:30', end: '2027-10-03T03:30' },
            ],
          ],
        ],
      ],
    ],
    [
      'Sydney springs forward in October',
      { timezone: SYDNEY, start: '2027-10-03T02:30', end: '2027-10-03T03:30' },
      [
        [
          'Start 2027-10-03 02:30 does not exist in AUS Eastern Standard Time',
          [
            ['Start at 03:00', { start: '2027-10-03T03:00' }],
            [
              'Start at 03:00, end at 04:00 (keeps 1 hour)',
              { start: '2027-10-03T03:00', end: '2027-10-03T04:00' },
            ],
          ],
        ],
      ],
    ],
  ])('%s', (_name, patch, expected) => {
    const issues = clockIssues(draft(patch));
    expect(issues.map((i) => [i.message.split(': ')[0], i.fixes?.map((f) => [f.label, f.set])])).toEqual(
      expected,
    );
  });

  it.each([
    [
      'Lord Howe Standard Time',
      '2027-10-03T02:15',
      'clocks jump from 02:00 to 02:30 that night (UTC+10:30 to UTC+11:00).',
    ],
    [SYDNEY, '2027-10-03T02:30', 'clocks jump from 02:00 to 03:00 that night (UTC+10:00 to UTC+11:00).'],
    [
      'GMT Standard Time',
      '2027-03-28T01:30',
      'clocks jump from 01:00 to 02:00 that night (UTC+00:00 to UTC+01:00).',
    ],
  ])('names the jump in %s', (timezone, start, jump) => {
    const [issue] = clockIssues(draft({ timezone, start, end: start.replace(/T\d\d/, 'T05') }));
    expect(issue?.message).toBe(
      `Start ${start.replace('T', ' ')} does not exist in ${timezone}: ${jump}${pick}`,
    );
  });
});

describe('a wall time that happens twice', () => {
  it.each<[string, Partial<Draft>, Issue[]]>([
    [
      'the earlier start by default, and the extra hour the fall-back adds',
      { start: '2027-11-07T01:30', end: '2027-11-07T03:30' },
      [
        {
          code: 'draft.start-ambiguous',
          path: 'start',
          field: 'draft',
          severity: 'warning',
          message:
            'Start 2027-11-07 01:30 happens twice in Eastern Standard Time: clocks go back from 02:00 to 01:00 that night, so it can be UTC-04:00 or UTC-05:00. Using the earlier one (UTC-04:00), as calendar apps and RFC 5545 do.',
          params: {
            wall: '01:30',
            day: '2027-11-07 01:30',
            zone: EST,
            earlier: 'UTC-04:00',
            later: 'UTC-05:00',
            chosen: 'earlier',
            from: '02:00',
            to: '01:00',
          },
        },
        {
          code: 'draft.duration-differs',
          path: 'end',
          field: 'draft',
          severity: 'warning',
          message:
            'The event lasts 3 hours, not the 2 hours its clock times suggest because clocks go back at 02:00 that night. Check the end.',
          params: { realMinutes: 180, wallMinutes: 120, dir: 'back', at: '02:00' },
        },
      ],
    ],
    [
      'the later start as chosen: the length is what the clock times say',
      { start: '2027-11-07T01:30', end: '2027-11-07T03:30', options: later('startOccurrence') },
      [
        {
          code: 'draft.start-ambiguous',
          path: 'start',
          field: 'draft',
          severity: 'warning',
          message:
            'Start 2027-11-07 01:30 happens twice in Eastern Standard Time: clocks go back from 02:00 to 01:00 that night, so it can be UTC-04:00 or UTC-05:00. Using the later one (UTC-05:00) as you chose; Rokt receives 01:30 without an offset, and calendars that follow RFC 5545 may show the earlier one.',
          params: {
            wall: '01:30',
            day: '2027-11-07 01:30',
            zone: EST,
            earlier: 'UTC-04:00',
            later: 'UTC-05:00',
            chosen: 'later',
            from: '02:00',
            to: '01:00',
          },
        },
      ],
    ],
    [
      'Sydney falls back in April, from 03:00',
      { timezone: SYDNEY, start: '2027-04-04T02:30', end: '2027-04-04T04:30' },
      [
        {
          code: 'draft.start-ambiguous',
          path: 'start',
          field: 'draft',
          severity: 'warning',
          message:
            'Start 2027-04-04 02:30 happens twice in AUS Eastern Standard Time: clocks go back from 03:00 to 02:00 that night, so it can be UTC+11:00 or UTC+10:00. Using the earlier one (UTC+11:00), as calendar apps and RFC 5545 do.',
          params: {
            wall: '02:30',
            day: '2027-04-04 02:30',
            zone: SYDNEY,
            earlier: 'UTC+11:00',
            later: 'UTC+10:00',
            chosen: 'earlier',
            from: '03:00',
            to: '02:00',
          },
        },
        {
          code: 'draft.duration-differs',
          path: 'end',
          field: 'draft',
          severity: 'warning',
          message:
            'The event lasts 3 hours, not the 2 hours its clock times suggest because clocks go back at 03:00 that night. Check the end.',
          params: { realMinutes: 180, wallMinutes: 120, dir: 'back', at: '03:00' },
        },
      ],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(clockIssues(draft(patch))).toEqual(expected);
  });

  it('words a repeated end read as the later one', () => {
    const issues = clockIssues(
      draft({ start: '2027-11-07T00:30', end: '2027-11-07T01:30', options: later('endOccurrence') }),
    );
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'draft.end-ambiguous',
        'end',
        'End 2027-11-07 01:30 happens twice in Eastern Standard Time: clocks go back from 02:00 to 01:00 that night, so it can be UTC-04:00 or UTC-05:00. Using the later one (UTC-05:00) as you chose; Rokt receives 01:30 without an offset, and calendars that follow RFC 5545 may show the earlier one.',
      ],
      [
        'draft.duration-differs',
        'end',
        'The event lasts 2 hours, not the 1 hour its clock times suggest because clocks go back at 02:00 that night. Check the end.',
      ],
    ]);
  });
});

describe('an event whose real length differs from its clock times', () => {
  it.each<[string, Partial<Draft>, string | null, Record<string, unknown> | null]>([
    [
      'spring forward inside the event',
      { start: '2027-03-14T01:00', end: '2027-03-14T04:00' },
      'The event lasts 2 hours, not the 3 hours its clock times suggest because clocks jump forward at 02:00 that night. Check the end.',
      { realMinutes: 120, wallMinutes: 180, dir: 'forward', at: '02:00' },
    ],
    [
      'London springs forward at 01:00',
      { timezone: 'GMT Standard Time', start: '2027-03-28T00:30', end: '2027-03-28T03:30' },
      'The event lasts 2 hours, not the 3 hours its clock times suggest because clocks jump forward at 01:00 that night. Check the end.',
      { realMinutes: 120, wallMinutes: 180, dir: 'forward', at: '01:00' },
    ],
    [
      'a change near the start only, the end two days later',
      { start: '2027-11-07T01:00', end: '2027-11-09T01:00' },
      'The event lasts 49 hours, not the 2 days its clock times suggest because clocks go back at 02:00 that night. Check the end.',
      { realMinutes: 2940, wallMinutes: 2880, dir: 'back', at: '02:00' },
    ],
    [
      'a week with the change far from both ends names no night',
      { start: '2027-11-03T09:00', end: '2027-11-10T09:00' },
      'The event lasts 169 hours, not the 7 days its clock times suggest. Check the end.',
      { realMinutes: 10140, wallMinutes: 10080 },
    ],
    [
      'a later start after an earlier end is an order problem, not a length one',
      { start: '2027-11-07T01:30', end: '2027-11-07T01:45', options: later('startOccurrence') },
      null,
      null,
    ],
    ['an ordinary day', { start: '2027-07-01T09:00', end: '2027-07-01T10:00' }, null, null],
  ])('%s', (_name, patch, message, params) => {
    const issue = validateDraft(draft(patch), NOW).find((i) => i.code === 'draft.duration-differs');
    expect(issue ? [issue.path, issue.field, issue.severity, issue.message, issue.params] : null).toEqual(
      message ? ['end', 'draft', 'warning', message, params] : null,
    );
  });
});
