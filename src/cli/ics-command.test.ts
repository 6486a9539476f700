import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DraftSchema } from '../core/event';
import { buildTemplate } from '../core/template';
import { runCli } from './commands';
import { icsCommand } from './ics-command';

const fixture = (name: string) => readFileSync(new URL(`../core/fixtures/${name}`, import.meta.url), 'utf8');
const draft = DraftSchema.parse(JSON.parse(fixture('example.draft.json')));
const files: Record<string, string> = {
  'template.json': JSON.stringify(buildTemplate(draft)),
  'guide-user.json': fixture('guide-user.json'),
  'no-subscriptions.json': JSON.stringify({ user_id: 'u3', first_name: 'Sam', custom_attributes: {} }),
};
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return text;
};

describe('cli ics', () => {
  // The first Liquid render compiles the engine; on a busy machine that alone can pass the renderer's time
  // limit, so it is done once here, outside the checked runs.
  beforeAll(async () => {
    await icsCommand('template.json', 'guide-user.json', readText);
  }, 30_000);

  it('prints the calendar file of the rendered event (example draft: 15:00 New York in February)', async () => {
    const r = await icsCommand('template.json', 'guide-user.json', readText, Date.UTC(2026, 10, 28));
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    const vevent = new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent!);
    expect(event.uid).toBe('summer_sale_2027_braze-user-1');
    expect(event.summary).toBe('Summer Sale, Alex!');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-21T20:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-02-21T21:00:00.000Z');
    const trigger = vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(trigger instanceof ICAL.Duration && trigger.toSeconds()).toBe(-15 * 60);
  });

  it('exits 1 with the reason when Braze would not send to the user', async () => {
    const r = await runCli(
      ['ics', '--template', 'template.json', '--user', 'no-subscriptions.json'],
      readText,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Braze would not send to this user: .+\n$/);
  });

  it.each([
    [['ics', '--template', 'template.json'], 'ics needs --user FILE'],
    [['ics', '--user', 'guide-user.json'], 'ics needs --template FILE'],
    [['ics', '--template', 'missing.json', '--user', 'guide-user.json'], 'cannot read template file'],
    [['ics', '--template', 'template.json', '--user', 'guide-user.json', '--draft', 'x'], 'option --draft'],
  ])('%j exits 2: %s', async (argv, text) => {
    const r = await runCli(argv, readText);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(text);
  });
});
