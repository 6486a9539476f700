import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { cspReportFile } from './e2e/csp-reports';

const port = Number(process.env.E2E_PORT ?? 8797);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Every page of the suite runs under the server's Content-Security-Policy; any violation fails the run.
  globalSetup: './e2e/csp-global-setup.ts',
  globalTeardown: './e2e/csp-global-teardown.ts',
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
    // The server as `npm start` runs it: bundled by esbuild, run by plain Node.
    command: 'npm run serve',
    url: `http://127.0.0.1:${port}/api/health`,
    // Always the built-in sandbox, whatever Rokt credentials the shell has.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      ROKT_CLIENT_ID: '',
      ROKT_CLIENT_SECRET: '',
      CSP_REPORT_FILE: cspReportFile(port),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
