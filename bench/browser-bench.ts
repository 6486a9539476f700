import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { quantile, round3 } from './stats';

/** Starts headless Chromium the way the e2e tests do. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Time from the page's navigation start until the title field of the form is in the document. */
const FORM_READY_PROBE = `
  new MutationObserver((_, observer) => {
    const title = document.querySelector('input[name="title"]');
    if (title && !title.disabled) { window.__formReadyAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Records, for each input event on the title, the time until the preview shows the new title, or a newer one
 * (a rendering overtaken by the next keystroke is never drawn: the user sees the key when the newer title
 * appears). A string, not a function: tsx would wrap named functions in a helper that does not exist in the page.
 */
const LATENCY_PROBE = `
  window.__latencies = [];
  const input = document.querySelector('input[name="title"]');
  const target = document.querySelector('#panel-preview');
  const pending = [];
  new MutationObserver(() => {
    const text = target.textContent;
    let shown = -1;
    for (let i = pending.length - 1; i >= 0; i--) if (text.includes(pending[i].expected)) { shown = i; break; }
    if (shown < 0) return;
    const now = performance.now();
    for (const key of pending.splice(0, shown + 1)) window.__latencies.push(now - key.startedAt);
  }).observe(target, { childList: true, subtree: true, characterData: true });
  input.addEventListener('input', () => {
    pending.push({ startedAt: performance.now(), expected: '"' + JSON.stringify(input.value).slice(1, -1) + '"' });
  }, { capture: true });
`;

/** Median time to an interactive form over fresh browser contexts (nothing cached between runs). */
export async function benchLoad(
  browser: Browser,
  url: string,
  runs = 10,
): Promise<{ median_ms: number; runs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(FORM_READY_PROBE);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __formReadyAt?: number }).__formReadyAt !== undefined,
    );
    samples.push(await page.evaluate(() => (window as unknown as { __formReadyAt: number }).__formReadyAt));
    await context.close();
  }
  return { median_ms: round3(quantile(samples, 0.5)), runs };
}

/**
 * Types characters into the title one at a time and, in the page, measures from each input event
 * until the preview panel's text contains the new title.
 */
export async function benchInputToPreview(
  browser: Browser,
  url: string,
  options: { characters?: number; cpuRate?: number; description?: string } = {},
): Promise<{ p50_ms: number; p95_ms: number; samples: number }> {
  const { characters = 50, cpuRate = 1, description } = options;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const title = page.locator('input[name="title"]');
  await title.waitFor();
  if (description !== undefined) await page.locator('textarea[name="description"]').fill(description);
  await title.fill('Bench');
  const panel = page.locator('#panel-preview');
  await panel.getByText('Bench', { exact: false }).first().waitFor();
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  await page.evaluate(LATENCY_PROBE);
  const text = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, characters);
  await title.press('End');
  await page.keyboard.type(text, { delay: 80 });
  await page.waitForFunction(
    (n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n,
    characters,
    { timeout: 60_000 },
  );
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  await context.close();
  return {
    p50_ms: round3(quantile(latencies, 0.5)),
    p95_ms: round3(quantile(latencies, 0.95)),
    samples: latencies.length,
  };
}
