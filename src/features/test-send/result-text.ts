import { t } from '@lingui/core/macro';
import { formatNumber } from '../../ui/i18n';
// HTTP reason phrases stay in English, as every HTTP tool shows them.
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The one-line summary of Rokt's answer, e.g. "202 Accepted — queued by Rokt". */
export function statusLine(status: number, mode: 'sandbox' | 'live' | undefined): string {
  const head = `${status} ${REASONS[status] ?? ''}`.trim();
  return `${head} — ${mode === 'sandbox' ? sandboxMeaning(status) : roktMeaning(status)}`;
}

/** What a status from Rokt means for the marketer, in the active language. */
function roktMeaning(status: number): string {
  if (status === 202) return t`queued by Rokt`;
  if (status >= 200 && status < 300) return t`accepted by Rokt`;
  if (status === 400) return t`Rokt rejected the body; its answer is below`;
  if (status === 401) return t`Rokt refused the access token, even after a fresh one`;
  if (status === 403) return t`these credentials may not post to this account code`;
  if (status === 404) return t`Rokt does not know this event, endpoint or account code; its answer is below`;
  if (status === 429) return t`Rokt is throttling; Braze would retry later`;
  if (status >= 500) return t`Rokt had a problem on its side; Braze would retry this send`;
  return t`not accepted`;
}

/** The same for the built-in sandbox. */
function sandboxMeaning(status: number): string {
  if (status === 202) return t`queued by the sandbox`;
  if (status >= 200 && status < 300) return t`accepted by the sandbox`;
  if (status === 400) return t`the sandbox rejected the body; its answer is below`;
  if (status === 401) return t`the sandbox refused the access token, even after a fresh one`;
  if (status === 403) return t`these credentials may not post to this account code`;
  if (status === 404)
    return t`the sandbox does not know this event, endpoint or account code; its answer is below`;
  if (status === 429) return t`the sandbox is throttling; Braze would retry later`;
  if (status >= 500) return t`the sandbox had a problem on its side; Braze would retry this send`;
  return t`not accepted`;
}

/** Whether the status means the event was taken. */
export const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** The body indented when it is JSON, otherwise as received ("(empty)" when there is none). */
export function prettyBody(body: string): { text: string; json: boolean } {
  if (body.trim() === '') return { text: t`(empty)`, json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

/** "84 ms" or "1.2 s" ("1,2 s" in Spanish). */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${formatNumber(Math.round(ms))} ms` : `${formatNumber(Math.round(ms / 100) / 10)} s`;
}
