import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { buildTemplate } from './build-template';
import { draftFieldAtBodyLine } from './draft-field-at-line';

const body = buildTemplate({ ...defaultDraft(), description: 'First line\nSecond {{ line\nThird' }).body;
const lineOf = (text: string) => body.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('draftFieldAtBodyLine', () => {
  it.each([
    ['{% capture eventId %}', 'eventId'],
    ['{% capture eventTitle %}', 'title'],
    ['First line', 'description'],
    ['Second {{ line', 'description'],
    ['Third{% endcapture', 'description'],
    ['{% capture eventLocation %}', 'location'],
    ['{% capture eventStart %}', 'start'],
    ['{% capture eventEnd %}', 'end'],
    ['{% capture eventTZ %}', 'timezone'],
    ['"title":', 'title'],
    ['"allDayEvent":', 'allDay'],
    ['"notifyBefore":', 'notifyBefore'],
    ['"timezone":', 'timezone'],
    ['"subscriptionIds":', null],
    ['{% assign subscriptionIds', null],
  ])('maps the line with %j to %j', (text, field) => {
    expect(lineOf(text)).toBeGreaterThan(0);
    expect(draftFieldAtBodyLine(body, lineOf(text))).toBe(field);
  });

  it.each([0, -1, 999])('gives null for line %i outside the body', (line) => {
    expect(draftFieldAtBodyLine(body, line)).toBeNull();
  });
});
