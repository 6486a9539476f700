import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exportCsv, exportJsonLines, exportRow } from '../src/core/audience';

const USERS = 20_000;
const rows = Array.from({ length: USERS }, (_, i) => exportRow(i));
const readable = rows.filter((r) => typeof r !== 'string').length;
const broken = USERS - readable;
const n = (v: number) => v.toLocaleString('en-US');

// Checking 20,000 users takes a few seconds on an idle machine, much longer on a busy one.
test.describe.configure({ timeout: 180_000 });

async function openTab(page: Page) {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Audience dry run' }).click();
  await expect(page.getByRole('heading', { name: 'Audience dry run' })).toBeVisible();
}

async function expectReport(page: Page) {
  await expect(page.getByRole('progressbar', { name: 'Dry run progress' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByText(/Checked [\d,]+ users in [\d.]+ s/)).toBeVisible({ timeout: 170_000 });
  const count = (key: string) => page.locator(`[data-count="${key}"] dd`);
  await expect(count('users')).toHaveText(n(readable));
  await expect(count('malformed')).toHaveText(n(broken));
  const [sent, aborted, failed] = await Promise.all(
    ['sent', 'aborted', 'failed'].map(async (k) => Number((await count(k).innerText()).replace(/,/g, ''))),
  );
  expect((sent ?? 0) + (aborted ?? 0) + (failed ?? 0)).toBe(readable);
  expect(failed).toBeGreaterThan(0);
  await expect(page.locator('svg[data-chart="local-start-hour"] rect')).toHaveCount(24);
  await expect(page.getByRole('img', { name: 'Failures by cause' })).toBeVisible();
  await expect(page.locator('[data-cause="request.account-code-missing"]')).toContainText(
    'Filter the segment on "rokt:account_code is not blank"',
  );
  return { sent: sent ?? 0, aborted: aborted ?? 0, failed: failed ?? 0 };
}

test('a dropped JSON-lines export is checked user by user, and a failing user opens in the preview', async ({
  page,
}) => {
  await openTab(page);
  const text = [...exportJsonLines(USERS)].join('');
  await page.getByTestId('audience-drop').evaluate((zone, content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'segment-export.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  const counts = await expectReport(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download failures (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('segment-export-failures.csv');
  const csv = readFileSync(await file.path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv[0]).toBe('line,file,external_id,outcome,cause,message,fix');
  expect(csv).toHaveLength(1 + counts.failed + counts.aborted);
  expect(csv[1]).toMatch(/^2,,user-1,failed,request\.account-code-missing,/);

  const example = page
    .locator('[data-cause="request.account-code-missing"]')
    .getByRole('button', { name: /Open user-1 \(line 2\) in the preview/ });
  await example.click();
  await expect(page.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('status').filter({ hasText: 'Previewing Export user user-1, line 2' }),
  ).toBeVisible();
  const preview = page.getByRole('region', { name: 'Live preview' });
  await expect(preview).toContainText('no account code after /subscriptionevent/');

  // The report is still there when the marketer comes back.
  await page.getByRole('tab', { name: 'Audience dry run' }).click();
  await expect(page.locator('[data-count="users"] dd')).toHaveText(n(readable));
});

test('a picked dashboard CSV export gives the same counts', async ({ page }) => {
  await openTab(page);
  await page.getByLabel('Braze user export file').setInputFiles({
    name: 'dashboard-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([...exportCsv(USERS)].join('')),
  });
  await expectReport(page);
});

test('a file that is not an export says so', async ({ page }) => {
  await openTab(page);
  await page.getByLabel('Braze user export file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Dear team,\nthe list is attached.\n'),
  });
  await expect(page.getByRole('alert')).toContainText('This file is not a Braze user export');
});
