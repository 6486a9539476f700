export { ApiErrorSchema, ApiIssueSchema } from './errors';
export type { ApiError } from './errors';
export { CspReportRequestSchema, CspReportResponseSchema } from './csp-report';
export { HealthResponseSchema } from './health';
export type { HealthResponse } from './health';
export { TestSendRequestSchema, TestSendResponseSchema } from './test-send';
export type { TestSendRequest, TestSendResponse } from './test-send';
export {
  SandboxAcceptedSchema,
  SandboxClearedSchema,
  SandboxEventFieldsSchema,
  SandboxEventSchema,
  SandboxPageQuerySchema,
  SandboxPageSchema,
  SandboxTokenResponseSchema,
  SandboxVersionSchema,
} from './sandbox';
export type {
  SandboxCleared,
  SandboxEvent,
  SandboxEventFields,
  SandboxPage,
  SandboxVersion,
} from './sandbox';
export { API_ROUTES } from './routes';
export type { ApiRoute } from './routes';
