import { expect, test } from '@playwright/test';

test('the built app opens and shows its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rokt Calendar Composer');
});
