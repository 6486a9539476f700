import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`main screen, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('has no serious or critical accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Live preview' }).getByRole('status')).toHaveText(
        /Up to date/,
      );
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    });

    test('is saved as a screenshot artifact', async ({ page }, testInfo) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Live preview' }).getByRole('status')).toHaveText(
        /Up to date/,
      );
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 19, 24)' : 'rgb(246, 247, 249)');
      await testInfo.attach(`main-screen-${colorScheme}`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
      await page.screenshot({ path: testInfo.outputPath(`main-screen-${colorScheme}.png`), fullPage: true });
    });
  });
}
