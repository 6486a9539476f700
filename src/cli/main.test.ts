import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('the real CLI (spawned through tsx)', () => {
  it(
    'builds a template from the example draft and renders it for the guide user',
    { timeout: 30_000 },
    async () => {
      const built = cli('template', '--draft', 'src/core/fixtures/example.draft.json');
      expect(built.stderr).toBe('');
      expect(built.status).toBe(0);
      const template = JSON.parse(built.stdout);
      expect(template.method).toBe('POST');

      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'rokt-cli-')), 'template.json');
      writeFileSync(file, built.stdout);
      const rendered = cli('render', '--template', file, '--user', 'src/core/fixtures/guide-user.json');
      expect(rendered.status).toBe(0);
      const out = JSON.parse(rendered.stdout);
      expect(out.json.event.title).toBe('Summer Sale, Alex!');
      expect(out.json.subscriptionIds).toHaveLength(2);
      expect(out.errors).toEqual([]);
    },
  );

  it('exits 2 with one stderr line for a missing file', { timeout: 30_000 }, () => {
    const r = cli('render', '--template', 'nope.json', '--user', 'src/core/fixtures/guide-user.json');
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'error: cannot read template file "nope.json": no such file',
    ]);
  });
});
