import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The file the e2e server appends Content-Security-Policy violation reports to (one per port). */
export const cspReportFile = (port: number) => join(tmpdir(), `composer-csp-reports-${port}.jsonl`);

/** A client route (the app itself) where the CSP spec violates the policy on purpose; its reports are expected. */
export const PROBE_PATH = '/csp-probe';

const port = Number(process.env.E2E_PORT ?? 8797);

/** Playwright global setup: start the run with no reports. */
export function clearCspReports(): void {
  rmSync(cspReportFile(port), { force: true });
}

/** Playwright global teardown: fails the run if any page of the suite violated the Content-Security-Policy. */
export async function assertNoCspReports(): Promise<void> {
  // Browsers send reports shortly after the violation; give the last ones a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const file = cspReportFile(port);
  const lines = (existsSync(file) ? readFileSync(file, 'utf8') : '')
    .split('\n')
    .filter((line) => line.trim() && (JSON.parse(line) as { page?: string }).page !== PROBE_PATH)
    .join('\n');
  if (lines) {
    throw new Error(`The end-to-end suite ran into Content-Security-Policy violations:\n${lines}`);
  }
}
