/** The two Rokt Calendar endpoints a Braze webhook can call. */
export type RoktEndpoint = 'create' | 'update';

const ROKT_EVENT_URL =
  /^https:\/\/api\.roktcalendar\.com(?::443)?\/v1\/subscriptionevent\/([A-Za-z0-9._~%-]+)(\/update)?\/?$/i;

/** Parses a rendered Rokt event URL into its endpoint and account code, or null when it is not one. */
export function parseRoktUrl(url: string): { endpoint: RoktEndpoint; accountCode: string } | null {
  const match = ROKT_EVENT_URL.exec(url.trim());
  if (!match || match[1] === undefined) return null;
  return { endpoint: match[2] ? 'update' : 'create', accountCode: match[1] };
}

/** Returns which Rokt endpoint a rendered URL calls (`…/subscriptionevent/{code}[/update]`), or null. */
export function endpointOfUrl(url: string): RoktEndpoint | null {
  return parseRoktUrl(url)?.endpoint ?? null;
}
