export { API_ERROR_CODES, ApiErrorSchema, SANDBOX_ERROR_CODES, URL_REFUSAL_REASONS } from './errors';
export type { ApiErrorCode, SandboxErrorCode, UrlRefusalReason } from './errors';
export type { HealthResponse } from './health';
export { TestSendRequestSchema } from './test-send';
export type { TestSendRequest, TestSendResponse } from './test-send';
export type { SandboxCleared, SandboxEvent, SandboxEventFields, SandboxPage } from './sandbox';
export { API_ROUTES } from './routes';
