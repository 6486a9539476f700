import * as z from 'zod/mini';

/**
 * `POST /api/csp-report`: what browsers send about Content-Security-Policy violations, either the `report-uri`
 * form (`application/csp-report`) or the Reporting API's list (`application/reports+json`).
 */
export const CspReportRequestSchema = z.union([
  z.object({ 'csp-report': z.record(z.string(), z.unknown()) }),
  z.array(z.object({ type: z.string(), body: z.optional(z.record(z.string(), z.unknown())) })),
]);

/** The server answers 204 with no body. */
export const CspReportResponseSchema = z.null();
