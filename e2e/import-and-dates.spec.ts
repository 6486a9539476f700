import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Import understands what marketers paste (translated and tab-separated headers), and the app shows every
// date-time in one format: the user's locale.

const guide = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/guide-create.template.json', import.meta.url), 'utf8'),
) as { url: string; body: string; headers: { name: string; value: string }[] };
const authorization = guide.headers.find((h) => h.name === 'Authorization')!.value;

async function openImport(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import from Braze…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from Braze' });
  await dialog.getByLabel('Webhook URL').fill(guide.url);
  await dialog.getByLabel('Request body').fill(guide.body);
  return dialog;
}

test('the Spanish guide’s "Autorización: Portador" header is read, with a note saying so', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel('Headers (optional)')
    .fill(
      `Autorización: ${authorization.replace('Bearer', 'Portador')}\nTipo de contenido: application/json`,
    );
  await expect(dialog.getByRole('list', { name: 'Translated' })).toContainText(
    'Read "Autorización" as Authorization and "Portador" as Bearer',
  );
  await expect(dialog).not.toContainText('Not part of the Rokt webhook');
  const filled = dialog.getByRole('region', { name: /Filled in/ });
  await expect(filled).toContainText('Braze credential name');
});

test('tab-separated header lines are split at the tab, not at the colon of https:', async ({ page }) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel('Headers (optional)')
    .fill(
      `Authorization\t${authorization.replace('<Rokt-Calendar-API>', 'Rokt-Calendar-API')}\nContent-Type\tapplication/json`,
    );
  await expect(dialog).not.toContainText('Not part of the Rokt webhook');
  await expect(dialog).not.toContainText('Not a header line');
  await expect(dialog.getByRole('region', { name: /Filled in/ })).toContainText('Braze credential name');
});

for (const [locale, start, utc] of [
  ['en-US', /Sun, Feb 21, 2027, 3:00\sPM/, /Sun, Feb 21, 2027, 8:00\sPM/],
  ['en-GB', /Sun, 21 Feb 2027, 15:00/, /Sun, 21 Feb 2027, 20:00/],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the time summary and the reminder use the locale’s one date-time format', async ({ page }) => {
      await page.goto('/');
      const summary = page.getByRole('region', { name: 'Time summary' });
      await expect(summary.getByRole('row', { name: /^Event zone/ })).toContainText(start);
      await expect(summary.getByRole('row', { name: /^UTC/ })).toContainText(utc);
      await expect(summary).toContainText(start);
    });
  });
}
