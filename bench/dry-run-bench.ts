import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { exportJsonLines } from '../src/core/audience';
import { buildTemplate } from '../src/core/template';
import { DraftSchema } from '../src/core/event';
import exampleDraft from '../src/core/fixtures/example.draft.json';

/** A generated export on disk (Braze's JSON-lines shape, about 1% broken lines) and the example template. */
export async function writeBenchExport(users: number): Promise<{ usersFile: string; templateFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dry-run-bench-'));
  const usersFile = join(dir, `audience-${users}.jsonl`);
  const out = createWriteStream(usersFile);
  let buffer = '';
  for (const line of exportJsonLines(users)) {
    buffer += line;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  const templateFile = join(dir, 'template.json');
  writeFileSync(templateFile, JSON.stringify(buildTemplate(DraftSchema.parse(exampleDraft))));
  return { usersFile, templateFile };
}

/** The CLI's dry run in its own process (as a pipeline runs it): users per second and peak RSS. */
export function benchDryRunCli(files: { usersFile: string; templateFile: string }) {
  const out = execFileSync(
    process.execPath,
    // The same node options as `npm run cli`: a 2 MB young generation keeps the reading thread's heap small.
    [
      '--max-semi-space-size=2',
      '--import',
      'tsx',
      'bench/dry-run-child.ts',
      files.templateFile,
      files.usersFile,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
    users: number;
    usersPerSecond: number;
    maxRssMb: number;
    /** CPU of all the process's threads per user, start-up included: what a shared machine does not change much. */
    cpuUsPerUser: number;
    /** One-minute load average before and after the run. */
    loadAverage: [number, number];
  };
}

/** Longest gap between 50 ms timer ticks on the page's main thread while it runs: how responsive it stayed. */
const GAP_PROBE = `
  window.__maxGap = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__maxGap = Math.max(window.__maxGap, now - last - 50);
    last = now;
  }, 50);
`;

/** The browser dry run on the same file: the page's own users/s and the longest main-thread gap. */
export async function benchDryRunBrowser(browser: Browser, url: string, usersFile: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(GAP_PROBE);
  await page.goto(url);
  await page.getByRole('tab', { name: 'Audience dry run' }).click();
  const input = page.getByLabel('Braze user export file');
  await input.waitFor({ state: 'attached' });
  await page.evaluate(() => ((window as unknown as { __maxGap: number }).__maxGap = 0));
  await input.setInputFiles(usersFile);
  const done = page.getByText(/Checked [\d,]+ users in [\d.]+ s/);
  await done.waitFor({ timeout: 600_000 });
  const text = await done.innerText();
  const gap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
  await context.close();
  const match = /Checked ([\d,]+) users in ([\d.]+) s/.exec(text);
  const users = Number(match?.[1]?.replace(/,/g, '') ?? 0);
  const seconds = Number(match?.[2] ?? 0);
  return { users, usersPerSecond: users / seconds, seconds, maxMainThreadGapMs: gap };
}
