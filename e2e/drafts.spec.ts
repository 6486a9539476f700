import { expect, test } from '@playwright/test';

test.describe('drafts', () => {
  test('the current draft survives a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Reload me');
    await page.getByLabel('Start', { exact: true }).fill('2027-09-01T10:00');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('rcc.autosave.v1') ?? ''))
      .toContain('Reload me');
    await page.reload();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Reload me');
    await expect(page.getByLabel('Start', { exact: true })).toHaveValue('2027-09-01T10:00');
  });

  test('a named draft is saved, found after a reload and opened', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Black Friday');
    await page.getByRole('button', { name: /^Drafts/ }).click();
    let dialog = page.getByRole('dialog', { name: 'Drafts' });
    await dialog.getByLabel('Save the current draft as').fill('Black Friday v1');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('Saved “Black Friday v1”.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByLabel('Title', { exact: true }).fill('Something else');
    await page.reload();
    await page.getByRole('button', { name: 'Drafts (1)' }).click();
    dialog = page.getByRole('dialog', { name: 'Drafts' });
    await dialog.getByRole('button', { name: 'Open Black Friday v1' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Black Friday');
  });

  test('importing a bad file shows the error and changes nothing', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Drafts/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Drafts' });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const before = await page.evaluate(() => localStorage.getItem('rcc.drafts.v1'));
    await dialog.getByLabel('Import drafts file…').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": "rokt-calendar-composer/drafts", "version": 1, "drafts": [ }'),
    });
    await expect(dialog.getByRole('alert')).toContainText(
      '“broken.json” was not imported: The file is not valid JSON',
    );
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
    expect(await page.evaluate(() => localStorage.getItem('rcc.drafts.v1'))).toBe(before);
    await expect(dialog.getByRole('list', { name: 'Saved drafts' }).getByRole('listitem')).toHaveCount(1);
  });

  test('hand-corrupted storage does not break the app', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('rcc.autosave.v1', '{"draft": ');
      localStorage.setItem('rcc.drafts.v1', '[[[');
    });
    await page.goto('/');
    await expect(page.getByText(/autosaved draft could not be read/)).toBeVisible();
    await expect(page.getByText(/saved drafts could not be read/)).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Event Title');
  });
});
