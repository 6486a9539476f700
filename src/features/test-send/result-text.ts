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
  const who = mode === 'sandbox' ? 'the sandbox' : 'Rokt';
  const head = `${status} ${REASONS[status] ?? ''}`.trim();
  if (status === 202) return `${head} — queued by ${who}`;
  if (status >= 200 && status < 300) return `${head} — accepted by ${who}`;
  if (status === 400) return `${head} — ${who} rejected the body; its answer is below`;
  if (status === 401) return `${head} — ${who} refused the access token, even after a fresh one`;
  if (status === 403) return `${head} — these credentials may not post to this account code`;
  if (status === 404)
    return `${head} — ${who} does not know this event, endpoint or account code; its answer is below`;
  if (status === 429) return `${head} — ${who} is throttling; Braze would retry later`;
  if (status >= 500) return `${head} — ${who} had a problem on its side; Braze would retry this send`;
  return `${head} — not accepted`;
}

/** Whether the status means the event was taken. */
export const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** The body indented when it is JSON, otherwise as received ("(empty)" when there is none). */
export function prettyBody(body: string): { text: string; json: boolean } {
  if (body.trim() === '') return { text: '(empty)', json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

/** "84 ms" or "1.2 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
