import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../core/template';
import { DraftSchema } from '../core/event';
import { runCli } from './commands';

const fixture = (name: string) => readFileSync(new URL(`../core/fixtures/${name}`, import.meta.url), 'utf8');
const files: Record<string, string> = {
  'draft.json': fixture('example.draft.json'),
  'guide-create.json': fixture('guide-create.template.json'),
  'guide-user.json': fixture('guide-user.json'),
  'broken.json': '{"title": ',
  'no-title.json': JSON.stringify({ ...JSON.parse(fixture('example.draft.json')), title: '  ' }),
  'list.json': '[1, 2]',
  'bad-template.json': JSON.stringify({ url: 'x', method: 'GET', headers: [], body: '' }),
};
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return text;
};
const run = (...argv: string[]) => runCli(argv, readText);

describe('cli template', () => {
  it('prints the template for the draft file', async () => {
    const r = await run('template', '--draft', 'draft.json');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(buildTemplate(DraftSchema.parse(JSON.parse(files['draft.json']!))));
  });

  it('--mode update overrides the draft mode', async () => {
    const out = JSON.parse((await run('template', '--draft', 'draft.json', '--mode', 'update')).stdout);
    expect(out.url.endsWith('/update')).toBe(true);
    expect(out.body).not.toContain('subscriptionIds');
  });
});

describe('cli render', () => {
  it('renders the guide template for the guide user; exit 0 when only warnings', async () => {
    const r = await run('render', '--template', 'guide-create.json', '--user', 'guide-user.json');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 7)).toEqual([
      'url',
      'method',
      'headers',
      'body',
      'json',
      'errors',
      'warnings',
    ]);
    expect(out.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/brazetest');
    expect(out.json.subscriptionIds).toHaveLength(2);
    expect(r.exitCode).toBe(out.errors.length === 0 ? 0 : 1);
  });

  it('exits 1 with one summary line when the rendered body is not valid JSON', async () => {
    files['quote.json'] = JSON.stringify({
      ...JSON.parse(files['guide-create.json']!),
      body: JSON.parse(files['guide-create.json']!).body.replace('Event Title', 'A "quoted" title'),
    });
    const r = await run('render', '--template', 'quote.json', '--user', 'guide-user.json');
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).json).toBeNull();
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('cli unusable input: exit 2, one stderr line', () => {
  it.each([
    [['template', '--draft', 'missing.json'], 'cannot read draft file "missing.json": no such file'],
    [['template', '--draft', 'broken.json'], 'draft file "broken.json" is not valid JSON'],
    [['template', '--draft', 'list.json'], 'must contain a JSON object'],
    [['template', '--draft', 'no-title.json'], 'field "title": Title is required'],
    [
      ['render', '--template', 'bad-template.json', '--user', 'guide-user.json'],
      'field "method": method must be "POST"',
    ],
    [
      ['render', '--template', 'guide-create.json', '--user', 'broken.json'],
      'user file "broken.json" is not valid JSON',
    ],
    [['frobnicate'], 'unknown command'],
    [['template', '--draft', 'draft.json', '--colour'], "Unknown option '--colour'"],
  ])('%j', async (argv, text) => {
    const r = await run(...argv);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(text);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help prints usage on stdout', async () => {
    const r = await run('--help');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Exit codes');
  });
});
