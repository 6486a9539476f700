import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Live preview' }).getByRole('status')).toHaveText(
    /Up to date/,
  );
});

test('typing a title updates the rendered body in the preview', async ({ page }) => {
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  const body = page.getByRole('group', { name: /Rendered body/ });
  await expect(page.getByText(/\/v1\/subscriptionevent\/brazetest$/)).toBeVisible();

  await title.fill('Spring "Mega" Sale');
  await expect(body).toContainText('"title": "Spring \\"Mega\\" Sale"');

  await title.fill('Autumn Sale');
  await expect(body).toContainText('"title": "Autumn Sale"');
  await expect(body).not.toContainText('Spring');
});

test('copying the body puts the Braze template body on the clipboard', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Clipboard Check');
  await expect(page.getByRole('group', { name: /Rendered body/ })).toContainText('Clipboard Check');

  await page.getByRole('tab', { name: 'Set up in Braze' }).click();
  const copy = page.getByRole('button', { name: 'Copy request body' });
  await copy.click();
  await expect(copy).toHaveText(/Copied/);
  await expect(page.getByText('Copied request body to the clipboard.')).toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('{% capture eventTitle %}Clipboard Check{% endcapture -%}');
  expect(copied).toContain('"subscriptionIds"');
});

test('a sample user without subscriptions shows that Braze would not send', async ({ page }) => {
  await page.getByRole('radio', { name: /Not subscribed/ }).check();
  const preview = page.getByRole('region', { name: 'Live preview' });
  await expect(preview.getByRole('note')).toContainText('Braze would not send to this user:');
  await expect(preview).toContainText('braze-user-3');

  await page.getByRole('radio', { name: /Guide subscriber/ }).check();
  await expect(preview.getByRole('note')).toHaveCount(0);
});
