import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../commands';

const dir = mkdtempSync(join(tmpdir(), 'dry-run-'));
const TEMPLATE = 'src/core/fixtures/guide-create.template.json';
const SUB = '06423672-b6ba-4536-aa36-70788a7a0a36';
const users = [
  {
    external_id: 'ok-1',
    custom_attributes: { 'rokt:account_code': ['acme/0a1b2c3d4e5f'], 'rokt:subscription_id': [SUB] },
  },
  { external_id: 'no-account', custom_attributes: { 'rokt:subscription_id': [SUB] } },
];
const jsonl = `${users.map((u) => JSON.stringify(u)).join('\n')}\n{"external_id": "cut`;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Starting worker threads (each loads the TypeScript core) takes seconds on a busy machine.
describe('dry-run', { timeout: 60_000 }, () => {
  it('checks a gzipped export on worker threads, writes the report and exits 1 when a user would fail', async () => {
    const out = join(dir, 'report.json');
    const result = await runCli([
      'dry-run',
      '--template',
      TEMPLATE,
      '--users',
      file('users.jsonl.gz', gzipSync(strToU8(jsonl))),
      '--out',
      out,
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^Checked 2 users \(jsonl\)/);
    expect(result.stdout).toContain(
      'Would be sent: 1. Skipped by the template: 0. Would fail: 1. Unreadable lines: 1.',
    );
    expect(result.stdout).toContain('request.account-code-missing: 1 users, e.g. no-account (line 2)');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.requestsPerAccount).toEqual([{ accountCode: 'acme', requests: 1 }]);
    expect(report.malformed.examples).toEqual([
      { line: 3, message: expect.stringMatching(/^is not valid JSON/) },
    ]);
    expect(report.failures).toEqual([
      expect.objectContaining({ line: 2, userId: 'no-account', code: 'request.account-code-missing' }),
    ]);
  });

  it('prints the report on stdout and exits 0 when every user would be sent', async () => {
    const result = await runCli([
      'dry-run',
      '--template',
      TEMPLATE,
      '--users',
      file(
        'ok.csv',
        `external_id,rokt:account_code,rokt:subscription_id\nok-1,"[""acme/0a1b""]","[""${SUB}""]"\n`,
      ),
      '--format',
      'csv',
    ]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'csv', users: 1, sent: 1, failed: 0 });
    expect(result.stderr).toMatch(/^Checked 1 users \(csv\)/);
  });

  it.each([
    [['--users', 'x'], 'error: dry-run needs --template FILE (a template JSON file)\n'],
    [['--template', TEMPLATE], 'error: dry-run needs --users FILE (a Braze user export)\n'],
    [
      ['--template', TEMPLATE, '--users', 'x', '--format', 'xml'],
      'error: --format must be "jsonl", "csv" or "ids", not "xml"\n',
    ],
  ])('refuses bad options with one line: %j', async (args, stderr) => {
    expect(await runCli(['dry-run', ...args])).toEqual({ stdout: '', stderr, exitCode: 2 });
  });

  it('says when the file is not an export (exit 2)', async () => {
    const path = file('notes.txt', 'Dear team,\nthe list is attached.\n');
    const result = await runCli(['dry-run', '--template', TEMPLATE, '--users', path]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/is not a Braze user export: a Braze user export is JSON lines/);
  });
});
