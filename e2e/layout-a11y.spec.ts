import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

// A preview you can see while typing, tabs that scroll on a phone, 0 serious/critical axe violations on
// every tab and dialog in both themes, and focus that returns where it came from.

const preview = (page: Page) => page.getByRole('region', { name: 'Live preview' });

async function open(page: Page) {
  await page.goto('/');
  await expect(preview(page).getByRole('status')).toHaveText(/Up to date/);
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // One axe.run in the page (the app has no frames): the default mode opens a blank page per scan to merge
  // frame results, which made each scan take seconds.
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({ fullPage: false });
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

for (const width of [1366, 1024] as const) {
  test(`at ${width} px the preview sits beside the form and stays in view while typing`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 768 });
    await open(page);
    const form = await page.getByRole('form', { name: 'Event' }).boundingBox();
    const output = await page.getByRole('region', { name: 'Braze webhook' }).boundingBox();
    expect(form && output).toBeTruthy();
    expect(output!.x).toBeGreaterThan(form!.x + form!.width - 1);
    expect(output!.y).toBeLessThan(200);

    // Typing far down the form (the credential name) keeps the preview on screen and updates it.
    const credential = page.getByLabel('Braze credential name', { exact: true });
    await credential.fill('Rokt-Live-Cred');
    await expect(preview(page).getByRole('heading', { name: 'Live preview' })).toBeInViewport();
    await page.getByLabel('Title', { exact: true }).fill('Pinned preview check');
    await expect(preview(page).getByRole('status')).toBeInViewport();
    await saveScreenshot(page, testInfo, `layout-${width}`);
  });
}

test('at 390 px the output tabs scroll sideways and each can be reached', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const tabs = page.getByRole('tablist', { name: 'Output' });
  const overflow = await tabs.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    style: getComputedStyle(el).overflowX,
  }));
  expect(overflow.style).toBe('auto');
  const last = page.getByRole('tab', { name: 'Audience dry run' });
  await last.click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  // Sub-pixel layout can leave a fraction of a pixel outside; the whole label must still be visible.
  await expect(last).toBeInViewport({ ratio: 0.98 });
  if (overflow.scrolls) expect(await tabs.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The header's controls wrap onto rows instead of running off the right edge.
  const header = page.getByRole('navigation', { name: 'Drafts' });
  for (const control of await header.locator('button, select').all()) {
    const box = await control.boundingBox();
    expect(box!.x + box!.width, await control.innerText()).toBeLessThanOrEqual(390);
  }
  await saveScreenshot(page, testInfo, 'layout-390');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every output tab and preview view has no serious or critical axe violations', async ({ page }) => {
      test.setTimeout(180_000);
      await open(page);
      // The whole page once; after each click only the part it changed (the preview pane, a tab panel), since an
      // axe scan of the whole page costs seconds on a slow machine. The blocked state changes the form too.
      const found: Record<string, string[]> = {};
      found['Whole page, Preview / Request'] = await seriousViolations(page);
      await preview(page).getByRole('tab', { name: 'Template' }).click();
      found['Preview / Template'] = await seriousViolations(page, '.preview-pane');
      for (const tab of [
        'Calendar',
        'Set up in Braze',
        'Send test',
        'All sample users',
        'Audience dry run',
      ]) {
        await page.getByRole('tab', { name: tab }).click();
        const panel = page.getByRole('tabpanel', { name: tab });
        await expect(panel).not.toContainText('Loading…');
        found[tab] = await seriousViolations(page, `#${await panel.getAttribute('id')}`);
      }
      // A blocked state too: the notice and the disabled copy buttons.
      await page.getByLabel('Braze credential name', { exact: true }).fill('Rokt Prod Cred');
      await page.getByRole('tab', { name: 'Set up in Braze' }).click();
      await expect(page.getByRole('button', { name: 'Copy anyway' })).toBeVisible();
      found['Set up in Braze (blocked)'] = await seriousViolations(page);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });

    test('every dialog has no serious or critical axe violations and gives focus back', async ({ page }) => {
      test.setTimeout(180_000);
      await open(page);

      const importButton = page.getByRole('button', { name: 'Import from Braze…' });
      await importButton.click();
      const importDialog = page.getByRole('dialog', { name: /Import/ });
      await expect(importDialog).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(importDialog).toBeHidden();
      await expect(importButton).toBeFocused();
      await importButton.click();
      await importDialog.getByRole('button', { name: 'Close' }).click();
      await expect(importButton).toBeFocused();

      const draftsButton = page.getByRole('button', { name: 'Open…' });
      await draftsButton.click();
      const draftsDialog = page.getByRole('dialog', { name: 'Drafts' });
      await expect(draftsDialog).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(draftsButton).toBeFocused();

      const zone = page.getByLabel('Timezone', { exact: true });
      await zone.click();
      await expect(page.getByRole('combobox', { name: 'Search timezones' })).toBeFocused();
      await expect(page.getByRole('option', { name: /Eastern/ }).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(zone).toBeFocused();
    });
  });
}
