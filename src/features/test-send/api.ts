import { t } from '@lingui/core/macro';
import type * as z from 'zod/mini';
import { API_ROUTES, ApiErrorSchema } from '../../core/api';
import type { HealthResponse, SandboxPage, TestSendRequest, TestSendResponse } from '../../core/api';
import type { Issue } from '../../core/issues';
import { issueText } from '../../ui/issue-text';
import { serverErrorText } from './server-error-text';

export type { SandboxEvent, SandboxPage, TestSendResponse as SendResult } from '../../core/api';

/**
 * A failure of the composer server itself, with a sentence to show and any body problems it listed, both in
 * the active language; `code` and `serverMessage` keep the server's own code and English sentence.
 */
export class ProxyError extends Error {
  override name = 'ProxyError';
  constructor(
    message: string,
    readonly details: string[] = [],
    readonly code?: string,
    readonly serverMessage?: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, schema: z.ZodMiniType<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ProxyError(
      t`The composer server could not be reached. Check that it is still running, then try again.`,
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(json);
    if (error.success) {
      const failure = error.data.error;
      throw new ProxyError(
        serverErrorText(failure),
        (failure.issues ?? []).map((i) => issueText(i as Issue)),
        failure.code,
        failure.message,
      );
    }
    const status = response.status;
    throw new ProxyError(
      t`The composer server answered ${status} without an explanation. Try again in a moment.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ProxyError(
      t`The composer server sent an answer this page does not understand. Reload the page.`,
    );
  return parsed.data;
}

const { health, testSend, sandboxEvents, sandboxClear } = API_ROUTES;

/** Fetches the server's mode. */
export const fetchHealth = (): Promise<HealthResponse> => call(health.path, health.response);

/** Fetches one page of this browser's sandbox events, most recently changed first. */
export const fetchSandboxPage = (cursor: string | null): Promise<SandboxPage> =>
  call(
    `${sandboxEvents.path}?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    sandboxEvents.response,
  );

/** Removes this browser's sandbox events; resolves to how many there were. */
export const clearSandbox = async (): Promise<number> =>
  (await call(sandboxClear.path, sandboxClear.response, { method: sandboxClear.method })).cleared;

/** Asks the server to send the rendered request to Rokt (or the sandbox) and returns Rokt's answer. */
export const postTestSend = (input: TestSendRequest): Promise<TestSendResponse> =>
  call(testSend.path, testSend.response, {
    method: testSend.method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(testSend.request.parse(input)),
  });
