import { expect, test } from '@playwright/test';

test('a test send from the main page lands in the sandbox', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Send test' }).click();
  const panel = page.getByRole('region', { name: 'Send test' });
  await expect(panel.getByText(/tests go to a built-in imitation of Rokt/)).toBeVisible();
  const button = panel.getByRole('button', { name: 'Send test' });
  await expect(button).toBeEnabled({ timeout: 30_000 });

  const sandbox = panel.getByRole('region', { name: 'In the sandbox' });
  const cards = sandbox.getByRole('article');
  const before = await cards.count();
  await button.click();

  await expect(panel.getByRole('status')).toContainText('202 Accepted — queued by the sandbox');
  await expect(cards).toHaveCount(before + 1);
  const newest = cards.first();
  await expect(newest).toHaveAccessibleName(/^Calendar entry: /);
  await expect(newest).toContainText('Eastern Standard Time');
});
