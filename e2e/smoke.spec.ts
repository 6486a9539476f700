import { expect, test } from '@playwright/test';

test('the built app opens and shows its title, with its own tab icon and no request for /favicon.ico', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rokt Calendar Composer');
  await page.waitForLoadState('networkidle');
  // The browser's own favicon request shows in the page's resource timings, not in Playwright's request events.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
  expect(fetched).toContain('/timezones.json');
  expect(fetched).not.toContain('/favicon.ico');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
});
