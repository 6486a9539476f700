import { expect, test, type Page } from '@playwright/test';
import { messagesOf } from './field-messages';

// Clock changes done like a calendar app: skipped times are errors with fixes, repeated times ask which
// one, dates are the zone's own, and moving the start moves the end.

const preview = (page: Page) => page.getByRole('region', { name: 'Live preview' });
const summary = (page: Page) => page.getByRole('region', { name: 'Time summary' });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function pickZone(page: Page, query: string, option: RegExp) {
  await field(page, 'Timezone').click();
  await page.getByRole('combobox', { name: 'Search timezones' }).fill(query);
  await page.getByRole('option', { name: option }).first().click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(preview(page).getByRole('status')).toHaveText(/Up to date/);
});

test('New York spring forward: 02:30 is an error everywhere, and a fix keeps the hour', async ({ page }) => {
  await field(page, 'Start').fill('2027-03-14T02:30');
  await field(page, 'End').fill('2027-03-14T03:30');

  await expect(field(page, 'Start')).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => messagesOf(field(page, 'Start'))).toContain('clocks jump from 02:00 to 03:00');
  await expect(summary(page)).toContainText('Start 2027-03-14 02:30 does not exist in Eastern Standard Time');
  await expect(summary(page).getByRole('table')).toHaveCount(0);
  const problems = preview(page).getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('does not exist in Eastern Standard Time');
  await expect(preview(page)).not.toContainText('Rokt would accept');

  await page.getByRole('tab', { name: 'Send test' }).click();
  await expect(page.getByRole('button', { name: 'Send test' })).toBeDisabled();
  await expect(page.getByText('Fix Start first: Start 2027-03-14 02:30 does not exist')).toBeVisible();
  await page.getByRole('tab', { name: 'Preview' }).click();

  await page.getByRole('button', { name: 'Start at 03:00, end at 04:00 (keeps 1 hour)' }).click();
  await expect(field(page, 'Start')).toHaveValue('2027-03-14T03:00');
  await expect(field(page, 'End')).toHaveValue('2027-03-14T04:00');
  await expect(field(page, 'Start')).not.toHaveAttribute('aria-invalid', 'true');
  const eventRow = summary(page).getByRole('row', { name: /^Event zone/ });
  await expect(eventRow).toContainText('3:00');
  await expect(eventRow).toContainText('4:00');
  await expect(eventRow).toContainText('UTC-04:00');
});

test('New York fall back: 01:30 asks which one; the earlier makes two hours, the later one hour', async ({
  page,
}) => {
  await field(page, 'Start').fill('2027-11-07T01:30');
  await field(page, 'End').fill('2027-11-07T02:30');
  await expect
    .poll(() => messagesOf(field(page, 'Start')))
    .toContain('happens twice in Eastern Standard Time');
  await expect
    .poll(() => messagesOf(field(page, 'End')))
    .toContain('The event lasts 2 hours, not the 1 hour');
  await expect(page.getByRole('radio', { name: 'The earlier one (UTC-04:00)' })).toBeChecked();

  await page.getByRole('radio', { name: 'The later one (UTC-05:00)' }).check();
  await expect.poll(() => messagesOf(field(page, 'End'))).not.toContain('The event lasts');
  await expect(summary(page).getByRole('row', { name: /^Event zone/ })).toContainText('UTC-05:00');
  const body = preview(page).getByRole('group', { name: /Rendered body/ });
  await expect(body).toContainText('"start": "2027-11-07T01:30:00"');
});

test('Sydney: the clock-change note uses the local date, and is not shown when nothing changes', async ({
  page,
}) => {
  await pickZone(page, 'sydney', /AUS Eastern/);
  await field(page, 'Start').fill('2027-04-10T10:00');
  await expect(summary(page)).toContainText(
    /Clocks change in AUS Eastern Standard Time on Sun,? (4 Apr|Apr 4),? 2027/,
  );
  await expect(summary(page)).toContainText('UTC+11:00 today and UTC+10:00 on the event date');

  await field(page, 'Start').fill('2027-11-10T10:00');
  await expect(summary(page).getByRole('row', { name: /^Event zone/ })).toContainText('UTC+11:00');
  await expect(summary(page)).not.toContainText('Clocks change');
});

test('moving Start to another day moves End with it', async ({ page }) => {
  await field(page, 'Start').fill('2027-02-21T15:00');
  await field(page, 'End').fill('2027-02-21T16:30');
  await field(page, 'Start').fill('2027-03-02T09:00');
  await expect(field(page, 'End')).toHaveValue('2027-03-02T10:30');
  await expect(page.getByText(/is before the start/)).toHaveCount(0);
});
