import { describe, expect, it } from 'vitest';
import type { Draft } from '../event';
import { ImportContext } from './import-context';
import { importBody } from './import-body';

const IDS = `"subscriptionIds": ["{{custom_attribute.\${rokt:subscription_id}| join: '","'  }}"]`;

/** Imports `{"event": {<fields>}, <ids>}` and returns the draft, what was mapped and what was left out. */
function eventOf(fields: string) {
  const ctx = new ImportContext();
  importBody(`{"event": {${fields}}, ${IDS}}`, ctx);
  const r = ctx.result();
  return {
    draft: r.draft,
    mapped: r.mapped,
    left: r.unmapped.map((u) => [u.part, u.text, u.why.code, u.reason]),
  };
}

const NOT_TEXT = 'Expected a quoted text value; set this field yourself.';
const NOT_EDITED = 'The composer does not edit this field; it is left out.';
const ALL_DAY = 'allDayEvent must be true or false.';
const REMINDER = 'The reminder must be a whole number of minutes; set it yourself.';

describe('importEventFields: each event field as pasted', () => {
  it.each([
    ['"title": 5', {}, [['event.title', '5', 'not-text', NOT_TEXT]]],
    ['"location": {"a": 1}', {}, [['event.location', '{…}', 'not-text', NOT_TEXT]]],
    ['"actionType": "x"', {}, [['event.actionType', '"x"', 'field-not-edited', NOT_EDITED]]],
    ['"allDayEvent": " TRUE "', { allDay: true }, []],
    ['"allDayEvent": false', { allDay: false }, []],
    ['"allDayEvent": true', { allDay: true }, []],
    ['"allDayEvent": "yes"', {}, [['event.allDayEvent', '"yes"', 'all-day', ALL_DAY]]],
    ['"allDayEvent": 1', {}, [['event.allDayEvent', '1', 'all-day', ALL_DAY]]],
    ['"notifyBefore": " 15 "', { notifyBefore: 15 }, []],
    ['"notifyBefore": 30', { notifyBefore: 30 }, []],
    ['"notifyBefore": "15 min"', {}, [['event.notifyBefore', '"15 min"', 'reminder', REMINDER]]],
    ['"notifyBefore": "x15"', {}, [['event.notifyBefore', '"x15"', 'reminder', REMINDER]]],
    ['"notifyBefore": "1.5"', {}, [['event.notifyBefore', '"1.5"', 'reminder', REMINDER]]],
    ['"start": "2027-06-15T15:00:00"', { start: '2027-06-15T15:00' }, []],
    ['"start": "2027-06-15T15:00:30"', { start: '2027-06-15T15:00:30' }, []],
    ['"start": "2027-06-15T15:00:00.000"', { start: '2027-06-15T15:00:00.000' }, []],
    ['"start": "2027-06-15T15:00"', { start: '2027-06-15T15:00' }, []],
    ['"end": "soon"', { end: 'soon' }, []],
  ] as [string, Partial<Draft>, string[][]][])('%s', (fields, draft, left) => {
    const r = eventOf(fields);
    expect(r.draft).toMatchObject(draft);
    expect(r.left).toEqual(left);
  });

  it('records what it read, with the quoting of the reminder', () => {
    expect(eventOf('"notifyBefore": "15"').mapped).toEqual(['notifyBefore', 'options.quoteNotifyBefore']);
    expect(eventOf('"notifyBefore": "15"').draft.options.quoteNotifyBefore).toBe(true);
    expect(eventOf('"notifyBefore": 15').draft.options.quoteNotifyBefore).toBe(false);
    expect(eventOf('"allDayEvent": "true"').mapped).toEqual(['allDay']);
  });

  it.each([
    ['"eventId": "launch_{{${user_id}}}"', 'launch', true],
    ['"eventId": "launch_{{ ${user_id} | json_escape }}"', 'launch', true],
    ['"eventId": "launch"', 'launch', false],
  ])('%s', (fields, eventId, appendUserId) => {
    const r = eventOf(fields);
    expect(r.draft.eventId).toBe(eventId);
    expect(r.draft.options.appendUserId).toBe(appendUserId);
    expect(r.mapped).toEqual(['options.appendUserId', 'eventId']);
  });
});
