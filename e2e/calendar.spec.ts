import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

/** 15:00 in New York on 15 June 2027 (EDT): 21:00 in Madrid, 05:00 the next day in Sydney. */
async function composeJuneEvent(page: Page) {
  await page.goto('/');
  await page.getByLabel('Start', { exact: true }).fill('2027-06-15T15:00');
  await page.getByLabel('End', { exact: true }).fill('2027-06-15T16:00');
  await expect(page.getByRole('region', { name: 'Live preview' }).getByRole('status')).toHaveText(
    /Up to date/,
  );
  await page.getByRole('tab', { name: 'Calendar' }).click();
  return page.getByRole('region', { name: 'Calendar' });
}

test('shows the event at each sample user’s local time and downloads the .ics', async ({ page }) => {
  const calendar = await composeJuneEvent(page);

  // The guide subscriber lives in Sydney.
  await expect(calendar.getByTestId('calendar-when')).toContainText(
    'Wed, Jun 16, 2027, 5:00 – 6:00 AM (UTC+10:00)',
  );
  await expect(calendar.getByTestId('calendar-reminder')).toContainText(
    'Wed, Jun 16, 2027, 4:45 AM (15 minutes before)',
  );
  await expect(calendar.locator('.cal-event')).toContainText('5:00 – 6:00 AM');
  await expect(calendar.locator('.cal-col[data-date="2027-06-16"] .cal-event')).toHaveCount(1);
  await expect(calendar.getByLabel('Shown in')).toHaveValue('Australia/Sydney');

  const downloading = page.waitForEvent('download');
  await calendar.getByRole('button', { name: 'Download .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Event_0001_braze-user-1.ics');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  const event = new ICAL.Event(vevent!);
  expect(event.uid).toBe('Event_0001_braze-user-1');
  expect(event.startDate.toJSDate().toISOString()).toBe('2027-06-15T19:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2027-06-15T20:00:00.000Z');

  const google = calendar.getByRole('link', { name: 'Add to Google Calendar' });
  await expect(google).toHaveAttribute('href', /dates=20270615T190000Z%2F20270615T200000Z/);

  // Shown in Madrid, the same event is at 21:00 the same day.
  await calendar.getByLabel('Shown in').selectOption('Europe/Madrid');
  await expect(calendar.getByTestId('calendar-when')).toContainText(
    'Tue, Jun 15, 2027, 9:00 – 10:00 PM (UTC+02:00)',
  );
  await expect(calendar.locator('.cal-col[data-date="2027-06-15"] .cal-event')).toContainText(
    '9:00 – 10:00 PM',
  );

  // Picking another zone redraws the calendar there.
  await calendar.getByLabel('Shown in').selectOption('Asia/Kathmandu');
  await expect(calendar.getByTestId('calendar-when')).toContainText(
    'Wed, Jun 16, 2027, 12:45 – 1:45 AM (UTC+05:45)',
  );

  const all = calendar.getByRole('region', { name: 'All sample users' });
  await expect(all.getByRole('row', { name: /Guide subscriber/ })).toContainText('Australia/Sydney');
  await expect(all.getByRole('row', { name: /Guide subscriber/ })).toContainText(
    'Wed, Jun 16, 2027, 5:00 – 6:00 AM',
  );
  // Its calendars are in two Rokt accounts: Rokt would refuse the request, so no calendar shows it.
  await expect(all.getByRole('row', { name: /Several calendars/ })).toContainText(
    'Rokt would reject this request',
  );
  await expect(all.getByRole('row', { name: /Not subscribed/ })).toContainText(
    'Braze would not send to this user',
  );
});

test('draws the three looks accessibly, saved as screenshots', async ({ page }, testInfo) => {
  test.setTimeout(120_000); // three accessibility scans
  const calendar = await composeJuneEvent(page);
  await expect(calendar.locator('.cal-event')).toBeVisible();
  for (const look of ['Google-like', 'Outlook-like', 'Apple-like']) {
    await calendar.getByRole('button', { name: look }).click();
    await expect(calendar.getByRole('button', { name: look })).toHaveAttribute('aria-pressed', 'true');
    const name = `calendar-${look.toLowerCase().replace('-like', '')}.png`;
    const path = testInfo.outputPath(name);
    await calendar.locator('.cal').screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
    const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.cal-tab').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${look}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
