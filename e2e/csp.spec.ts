import { expect, test } from '@playwright/test';
import { PROBE_PATH } from './csp-reports';

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineRan?: boolean;
  }
}

test.describe('the page under its Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
  });

  test('every tab, the timezone picker and the dialogs work with no violation', async ({ page }) => {
    const response = await page.goto('/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');

    await page.getByLabel('Timezone', { exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Search timezones' })).toBeVisible();
    await page.keyboard.press('Escape');
    for (const name of ['Set up in Braze', 'Send test', 'All sample users', 'Preview']) {
      const tab = page.getByRole('tab', { name });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
    }
    for (const name of [/^Import from Braze/, /^Open…/]) {
      await page.getByRole('button', { name }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  test('an injected inline script is blocked and reported', async ({ page }) => {
    // On the probe path, which the end-of-run check leaves out: this violation is deliberate.
    await page.goto(PROBE_PATH);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => window.__cspViolations?.length ?? 0)).toBeGreaterThan(0);
  });

  test('hashed assets are immutable and precompressed; a missing asset is 404', async ({ page, request }) => {
    await page.goto('/');
    // The main bundle (the page's only module script).
    const src = await page.locator('script[type="module"]').last().getAttribute('src');
    expect(src).toMatch(/^\/assets\/.+\.js$/);
    const asset = await request.get(src as string, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toBe('br');
    expect((await request.get('/assets/missing-0000.js')).status()).toBe(404);
  });
});
