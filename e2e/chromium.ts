import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How the e2e tests and the benchmarks start Chromium: the system's Chromium when present (Playwright cannot
 * download its own browsers everywhere), headless, without sandbox, GPU or background network traffic.
 */
export const chromiumLaunchOptions = {
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
