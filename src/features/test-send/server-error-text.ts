import { plural, t } from '@lingui/core/macro';
import type * as z from 'zod/mini';
import { ApiErrorSchema } from '../../core/api';
import type { ApiErrorCode, SandboxErrorCode, UrlRefusalReason } from '../../core/api';
import type { Issue } from '../../core/issues';
import { formatNumber } from '../../ui/i18n';
import { issueText } from '../../ui/issue-text';

/** A failure of the composer server as it arrives: code, English sentence, values and body problems. */
export type ServerError = z.infer<typeof ApiErrorSchema>['error'];

type Params = NonNullable<ServerError['params']>;
type Wording = (p: Params, error: ServerError) => string;

const num = (p: Params, key: string) => Number(p[key] ?? 0);

/** Rokt or its token service, as the server's `service` value names it. */
function service(p: Params): string {
  return p.service === 'token' ? t`The Rokt token service` : 'Rokt';
}

/** Why the proxy refused the webhook URL, by `url_not_allowed`'s reason. */
const URL_REASONS: Record<UrlRefusalReason, () => string> = {
  empty: () => t`The webhook URL is empty.`,
  whitespace: () => t`The webhook URL contains spaces or line breaks.`,
  backslash: () => t`The webhook URL contains a backslash.`,
  'not-https': () => t`The webhook URL must start with https://.`,
  credentials: () => t`The webhook URL contains a user name or password before the host.`,
  port: () => t`The webhook URL names a port; Rokt is reached on the standard https port only.`,
  host: () => t`The webhook URL does not point at Rokt's API host api.roktcalendar.com.`,
  query: () => t`The webhook URL has a query string (?…); Rokt does not expect one.`,
  fragment: () => t`The webhook URL has a fragment (#…).`,
  percent: () => t`The webhook URL contains percent-encoded characters (%…).`,
  'dot-segments': () => t`The webhook URL contains "." or ".." path segments.`,
  endpoint: () => t`The webhook URL does not call the subscription event endpoint.`,
  'account-code': () =>
    t`The account code in the webhook URL must be 1 to 64 letters, digits, "-" or "_" (did the Liquid render an empty or odd value?).`,
  path: () => t`The webhook URL has an unexpected path.`,
};

/** A problem the server listed, as an Issue the interface words (the contract's issue is one). */
const asIssue = (issue: NonNullable<ServerError['issues']>[number]): Issue => issue as Issue;

/** The sentence of each code the server sends (server-error-text.test.ts keeps this complete). */
const SERVER_ERROR_WORDINGS: Record<ApiErrorCode, Wording> = {
  bad_request: (p) =>
    p.v === 'content-type'
      ? t`The composer must send the test as JSON (Content-Type: application/json). Reload the page.`
      : p.v === 'json'
        ? t`The test request is not valid JSON. Reload the page.`
        : t`The test request must contain the webhook URL and the body as text. Reload the page.`,
  cross_origin: () => t`Test sends are only accepted from the composer page served by this server.`,
  internal: (p) => {
    const id = String(p.requestId ?? '');
    return t`Something went wrong inside the composer server. Try again; if it keeps happening, tell an admin and quote request id ${id}.`;
  },
  invalid_body: (p, error) => {
    const [first] = error.issues ?? [];
    const problem = first ? issueText(asIssue(first)) : '';
    if (p.v === 'json') return problem || t`The body is not valid JSON.`;
    const more = num(p, 'count') - 1;
    return plural(more, {
      0: `Rokt would reject this body: ${problem}`,
      one: `Rokt would reject this body: ${problem} (and # more problem)`,
      other: `Rokt would reject this body: ${problem} (and # more problems)`,
    });
  },
  not_found: (p) =>
    p.v === 'sandbox-off'
      ? t`The sandbox is off: this server sends test events to the real Rokt (live mode).`
      : t`There is no such API endpoint. Reload the page.`,
  rate_limited: (p) => {
    const perMinute = num(p, 'perMinute');
    const retryAfter = num(p, 'retryAfter');
    return plural(retryAfter, {
      one: `Too many test sends from this computer (limit ${perMinute} a minute). Wait # second and try again.`,
      other: `Too many test sends from this computer (limit ${perMinute} a minute). Wait # seconds and try again.`,
    });
  },
  token_failed: (p) => {
    const status = num(p, 'status');
    return t`The Rokt token service answered ${status}, so no test could be sent. Try again in a moment.`;
  },
  token_invalid: (p) =>
    p.v === 'too-large'
      ? t`The Rokt token service sent an answer larger than 16 KB; a token answer is a small JSON object.`
      : t`The Rokt token service answered without an access token.`,
  token_rejected: (p) => {
    const status = num(p, 'status');
    return t`Rokt refused the server's client id and secret (token request answered ${status}). Ask an admin to check ROKT_CLIENT_ID and ROKT_CLIENT_SECRET.`;
  },
  too_large: (p) => {
    const kb = num(p, 'kb');
    return t`The request is larger than ${kb} KB. Shorten the body (description, ids) and try again.`;
  },
  unknown_host: () =>
    t`This server does not answer for that host name. Open the composer by the address it was started on, or ask an admin to add the address to ALLOWED_ORIGINS.`,
  upstream_redirect: (p) => {
    const who = service(p);
    const status = num(p, 'status');
    return t`${who} answered with a redirect (${status}). The composer never follows redirects, so nothing was sent to the other address; ask an admin to check ROKT_API_BASE and ROKT_TOKEN_URL.`;
  },
  upstream_timeout: (p) => {
    const who = service(p);
    const seconds = formatNumber(num(p, 'seconds'));
    return p.answering
      ? t`${who} started answering but did not finish in time: a test send may take at most ${seconds} s in all (ROKT_TIMEOUT_MS). Nothing was confirmed; try again in a moment.`
      : t`${who} did not answer in time: a test send may take at most ${seconds} s in all (ROKT_TIMEOUT_MS). Nothing was confirmed; try again in a moment.`;
  },
  upstream_unreachable: (p) => {
    const who = service(p);
    return p.answering
      ? t`${who} broke the connection while answering. Try again in a moment.`
      : t`${who} could not be reached (the connection failed). Check the server's network or try again later.`;
  },
  upstream_unreadable: (p) => {
    const who = service(p);
    return t`${who} sent a compressed answer that could not be decoded.`;
  },
  url_not_allowed: (p) => {
    const reason = URL_REASONS[p.reason as UrlRefusalReason]?.() ?? '';
    return t`${reason} It must be exactly https://api.roktcalendar.com/v1/subscriptionevent/ followed by the account code, optionally followed by /update.`;
  },
};

/**
 * The server's failure in the active language, from its code and values; a code this page does not know
 * (a newer server) shows the server's own sentence.
 */
export function serverErrorText(error: ServerError): string {
  const word = (SERVER_ERROR_WORDINGS as Record<string, Wording | undefined>)[error.code];
  return word ? word(error.params ?? {}, error) : error.message;
}

/** The sentence of each code the built-in sandbox answers with, as Rokt's imitation. */
const SANDBOX_ERROR_WORDINGS: Record<SandboxErrorCode, Wording> = {
  event_not_found: (p) => {
    const account = String(p.accountCode ?? '');
    return t`There is no event with this id in account "${account}" of the sandbox, so there is nothing to update. Send it as a new event first, or check the event id.`;
  },
  invalid_client: () => t`The sandbox does not know this client id, or the secret is wrong.`,
  invalid_json: () => t`The sandbox could not read the body: it is not valid JSON.`,
  invalid_token: () => t`The access token is missing, unknown or expired.`,
  unsupported_grant_type: () => t`The sandbox only gives tokens for grant_type=client_credentials.`,
  validation_failed: (_, error) => {
    const count = error.issues?.length ?? 0;
    return plural(count, {
      one: 'The sandbox rejected the body as Rokt would, for # problem:',
      other: 'The sandbox rejected the body as Rokt would, for # problems:',
    });
  },
};

/**
 * What the sandbox's refusal in a test send's answer means, in the active language, with its body problems
 * worded; null when the body is not one of the sandbox's errors.
 */
export function sandboxAnswerText(body: string): { text: string; details: string[] } | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = ApiErrorSchema.safeParse(json);
  if (!parsed.success) return null;
  const error = parsed.data.error;
  const word = (SANDBOX_ERROR_WORDINGS as Record<string, Wording | undefined>)[error.code];
  if (!word) return null;
  return {
    text: word(error.params ?? {}, error),
    details: (error.issues ?? []).map((i) => issueText(asIssue(i))),
  };
}
