import { expect, test } from '@playwright/test';
import { messagesOf } from './field-messages';

test.describe('composer', () => {
  test('a marketer fills the form, picks a zone by typing a city and fixes errors', async ({ page }) => {
    await page.goto('/');
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('');
    await expect.poll(() => messagesOf(title)).toMatch(/Title is required/);
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await title.fill('Summer sale for {{${first_name}}}');
    await expect.poll(() => messagesOf(title)).not.toMatch(/Title is required/);
    await expect(page.getByRole('region', { name: 'Live preview' })).not.toContainText('Title is required');
    await expect(title).toHaveValue('Summer sale for {{${first_name}}}');

    await page.getByLabel('Event id', { exact: true }).fill('summer_sale_2027');
    await page.getByLabel('Description', { exact: true }).fill('Doors open at six.\nBring a friend.');
    await page.getByLabel('Start', { exact: true }).fill('2027-07-04T18:00');
    await page.getByLabel('End', { exact: true }).fill('2027-07-04T17:00');
    await expect
      .poll(() => messagesOf(page.getByLabel('End', { exact: true })))
      .toMatch(/is before the start/);
    await expect(page.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('End', { exact: true }).fill('2027-07-04T20:00');
    await expect.poll(() => messagesOf(page.getByLabel('End', { exact: true }))).toBe('');

    const zone = page.getByLabel('Timezone', { exact: true });
    await zone.click();
    await page.getByRole('combobox', { name: 'Search timezones' }).fill('kolkata');
    const india = page.getByRole('option', { name: /India Time/ });
    await expect(india).toContainText('UTC+05:30');
    await india.click();
    await expect(zone).toContainText('UTC+05:30 · India Time');
    await expect(zone).toBeFocused();

    const summary = page.getByRole('region', { name: 'Time summary' });
    await expect(summary.getByRole('row', { name: /^UTC/ })).toContainText(/Sun, Jul 4, 2027, 12:30\sPM/);
    await expect(summary).toContainText('The reminder fires');
  });

  test('the timezone picker works from the keyboard alone', async ({ page }) => {
    await page.goto('/');
    const zone = page.getByLabel('Timezone', { exact: true });
    await zone.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Search timezones' })).toBeFocused();
    await page.keyboard.type('tokyo');
    await expect(page.getByRole('option', { name: /Tokyo/ }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(zone).toContainText('UTC+09:00');
    await expect(zone).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Search timezones' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox', { name: 'Search timezones' })).toHaveCount(0);
    await expect(zone).toBeFocused();
  });

  test('a custom reminder and an added subscriber zone show up in the time summary', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Reminder', { exact: true }).selectOption({ label: 'Custom…' });
    await page.getByLabel('Minutes before the start').fill('90');
    const summary = page.getByRole('region', { name: 'Time summary' });
    await expect(summary).toContainText('The reminder fires 90 minutes before');
    await page.getByLabel('Add a subscriber zone').click();
    await page.getByRole('combobox', { name: 'Search timezones' }).fill('sydney');
    await page.getByRole('option', { name: /AUS Eastern/ }).click();
    await expect(summary.getByRole('row', { name: /AUS Eastern Standard Time/ })).toBeVisible();
  });
});
