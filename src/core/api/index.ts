export { ApiErrorSchema } from './errors';
export type { HealthResponse } from './health';
export { TestSendRequestSchema } from './test-send';
export type { TestSendRequest, TestSendResponse } from './test-send';
export type { SandboxCleared, SandboxEvent, SandboxEventFields, SandboxPage } from './sandbox';
export { API_ROUTES } from './routes';
