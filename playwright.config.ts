import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 8797);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    // A marketer in New York: the form defaults to the browser's zone, Eastern Standard Time.
    timezoneId: 'America/New_York',
    locale: 'en-US',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    // Always the built-in sandbox, whatever Rokt credentials the shell has.
    env: { PORT: String(port), HOST: '127.0.0.1', ROKT_CLIENT_ID: '', ROKT_CLIENT_SECRET: '' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
