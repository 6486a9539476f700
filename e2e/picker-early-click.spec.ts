import { expect, test } from '@playwright/test';

test('a click on Timezone the instant the form appears, at 4× CPU, opens the picker once its code is there', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Hold the picker's code back until the click, as a slow link would, so the click lands before it arrives.
  let clicked = () => {};
  const click = new Promise<void>((resolve) => (clicked = resolve));
  await page.route(/\/assets\/timezone-picker-[\w-]+\.js$/, async (route) => {
    await click;
    await route.continue();
  });
  await page.goto('/');
  const zone = page.getByLabel('Timezone', { exact: true });
  await zone.waitFor();
  const busyWhenClicked = await zone.getAttribute('aria-busy');
  const textWhenClicked = await zone.textContent();
  await zone.click();
  clicked();

  expect(busyWhenClicked).toBe('true');
  const search = page.getByRole('combobox', { name: 'Search timezones' });
  await expect(search).toBeVisible({ timeout: 15_000 });
  await expect(search).toBeFocused();
  await expect(page.getByRole('option', { name: /^UTC-0[45]:00 Eastern Time ✓/ })).toBeVisible();
  // The field read the same before its code arrived as after (offset · label (Windows id)).
  expect(textWhenClicked).toMatch(/^UTC-0[45]:00 · Eastern Time \(Eastern Standard Time\)/);
  await expect(zone).toHaveText(textWhenClicked ?? '');

  await page.keyboard.press('Escape');
  await expect(search).toHaveCount(0);
  await expect(zone).toBeFocused();
});
