import type * as z from 'zod/mini';
import { RoktCreateBodySchema, RoktUpdateBodySchema } from '../validate';
import { CspReportRequestSchema, CspReportResponseSchema } from './csp-report';
import { HealthResponseSchema } from './health';
import {
  SandboxAcceptedSchema,
  SandboxClearedSchema,
  SandboxPageQuerySchema,
  SandboxPageSchema,
  SandboxTokenResponseSchema,
} from './sandbox';
import { TestSendRequestSchema, TestSendResponseSchema } from './test-send';

/** One route of the composer server's API: what it takes and what it answers on success (errors: ApiErrorSchema). */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Hono's path pattern, as the server registers it. */
  path: string;
  /** The JSON body (POST), or the query string (GET), it accepts. */
  request?: z.ZodMiniType;
  /** The success body (`null`: 204, no body). */
  response: z.ZodMiniType;
  /** Only in sandbox mode (404 in live mode). */
  sandboxOnly?: boolean;
}

/** Every `/api` route the server serves; the server and the page both read their shapes from here. */
export const API_ROUTES = {
  health: { method: 'GET', path: '/api/health', response: HealthResponseSchema },
  cspReport: {
    method: 'POST',
    path: '/api/csp-report',
    request: CspReportRequestSchema,
    response: CspReportResponseSchema,
  },
  testSend: {
    method: 'POST',
    path: '/api/test-send',
    request: TestSendRequestSchema,
    response: TestSendResponseSchema,
  },
  sandboxEvents: {
    method: 'GET',
    path: '/api/sandbox/events',
    request: SandboxPageQuerySchema,
    response: SandboxPageSchema,
    sandboxOnly: true,
  },
  sandboxClear: {
    method: 'DELETE',
    path: '/api/sandbox/events',
    response: SandboxClearedSchema,
    sandboxOnly: true,
  },
  sandboxToken: {
    method: 'POST',
    path: '/api/sandbox/rokt/oauth2/token',
    response: SandboxTokenResponseSchema,
    sandboxOnly: true,
  },
  sandboxCreate: {
    method: 'POST',
    path: '/api/sandbox/rokt/v1/subscriptionevent/:accountCode',
    request: RoktCreateBodySchema,
    response: SandboxAcceptedSchema,
    sandboxOnly: true,
  },
  sandboxUpdate: {
    method: 'POST',
    path: '/api/sandbox/rokt/v1/subscriptionevent/:accountCode/update',
    request: RoktUpdateBodySchema,
    response: SandboxAcceptedSchema,
    sandboxOnly: true,
  },
} as const satisfies Record<string, ApiRoute>;
