import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJsonLines } from '../../core/audience';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dry-run-interrupt-'));
const users = join(dir, 'users.jsonl');
// Enough users that the run is still going when the signal comes (it comes as soon as the bundle folder exists).
writeFileSync(users, [...exportJsonLines(20_000)].join(''));

const bundles = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('dry-run-worker-'));

/** Starts the CLI's dry run with its own temporary folder and interrupts it once its bundle folder exists. */
async function interrupted(signal: NodeJS.Signals) {
  const tmp = mkdtempSync(join(dir, `tmp-${signal}-`));
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
      join(root, 'src/cli/main.ts'),
      'dry-run',
      '--template',
      join(root, 'src/core/fixtures/guide-create.template.json'),
      '--users',
      users,
      '--out',
      join(tmp, 'report.json'),
    ],
    { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
  );
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let seen: string[] = [];
  while (seen.length === 0 && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = bundles(tmp);
  }
  child.kill(signal);
  const [code, killedBy] = await exited;
  return {
    seen,
    code,
    killedBy,
    left: bundles(tmp),
    reportWritten: readdirSync(tmp).includes('report.json'),
  };
}

describe('an interrupted dry run', { timeout: 60_000 }, () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('removes its worker bundle folder on %s', async (signal) => {
    const run = await interrupted(signal);
    expect(run.seen).toHaveLength(1); // the folder existed while it ran
    expect(run.reportWritten).toBe(false); // it was stopped before the end
    expect(run.left).toEqual([]);
    expect(run.killedBy).toBe(signal); // ended by the signal, as without the clean-up
  });
});
