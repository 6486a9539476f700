import { appendFile } from 'node:fs/promises';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';

type Json = Record<string, unknown>;

const text = (value: unknown, max = 300) => (typeof value === 'string' ? value.slice(0, max) : undefined);
const pathOf = (url: unknown) => {
  try {
    return new URL(String(url)).pathname;
  } catch {
    return text(url, 100);
  }
};

/** The fields worth logging from a `report-uri` (application/csp-report) or Reporting API (reports+json) body. */
function violationsOf(body: unknown): Json[] {
  const reports = Array.isArray(body) ? body : [body];
  return reports.flatMap((report) => {
    const r = (report ?? {}) as Json;
    const legacy = r['csp-report'] as Json | undefined;
    const modern = r.type === 'csp-violation' ? (r.body as Json | undefined) : undefined;
    if (legacy) {
      return [
        {
          directive: text(legacy['effective-directive'] ?? legacy['violated-directive']),
          blocked: text(legacy['blocked-uri']),
          page: pathOf(legacy['document-uri']),
          source: text(legacy['source-file']),
          line: legacy['line-number'],
        },
      ];
    }
    if (modern) {
      return [
        {
          directive: text(modern.effectiveDirective),
          blocked: text(modern.blockedURL),
          page: pathOf(modern.documentURL),
          source: text(modern.sourceFile),
          line: modern.lineNumber,
        },
      ];
    }
    return [];
  });
}

/**
 * `POST /api/csp-report`: logs each Content-Security-Policy violation as one line (no query strings, short
 * fields) and, when `reportFile` is set (the end-to-end suite sets it), appends it there too. Answers 204.
 */
export function cspReportHandler(log: (line: string) => void, reportFile: string | null) {
  return async (c: Context<AppEnv>) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      body = null;
    }
    for (const violation of violationsOf(body)) {
      const line = JSON.stringify({ msg: 'csp_violation', ...violation });
      log(line);
      if (reportFile) await appendFile(reportFile, `${line}\n`);
    }
    return c.body(null, 204);
  };
}
