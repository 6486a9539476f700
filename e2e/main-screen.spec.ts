// The main screen in both themes, saved for review (its accessibility scan is in layout-a11y.spec.ts).
import { expect, test } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`main screen, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('is saved as a screenshot artifact', async ({ page }, testInfo) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Live preview' }).getByRole('status')).toHaveText(
        /Up to date/,
      );
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 19, 24)' : 'rgb(246, 247, 249)');
      // A field's warning starts on the line of its mark: a long sentence wraps beside it, not below it.
      const [markTop, sentenceTop] = await page
        .locator('.composer-message')
        .first()
        .evaluate((item) => {
          const sentence = [...item.childNodes].find(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          );
          const range = document.createRange();
          range.selectNodeContents(sentence ?? item);
          return [
            item.querySelector('[aria-hidden="true"]')?.getBoundingClientRect().top,
            range.getClientRects()[0]?.top,
          ];
        });
      expect(Math.abs((markTop ?? 0) - (sentenceTop ?? 1000))).toBeLessThan(4);
      await testInfo.attach(`main-screen-${colorScheme}`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
      await page.screenshot({ path: testInfo.outputPath(`main-screen-${colorScheme}.png`), fullPage: true });
    });
  });
}
