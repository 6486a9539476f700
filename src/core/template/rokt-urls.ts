/** Rokt Calendar API host (HTTPS only). */
const ROKT_API_BASE = 'https://api.roktcalendar.com';

/** OAuth 2.0 client-credentials token endpoint. */
const ROKT_TOKEN_URL = `${ROKT_API_BASE}/oauth2/token`;

/** Path prefix of the subscription-event endpoints. */
export const ROKT_EVENT_PATH = '/v1/subscriptionevent';

/** Braze Liquid that puts the subscriber's account code (first `rokt:account_code`, text before the first `/`) into `accountCode`, exactly as the partner guide does. */
const ACCOUNT_CODE_ASSIGN =
  "{% assign accountCode = {{custom_attribute.${rokt:account_code}}}[0] | split: '/' | first %}";

/** Returns the create-event URL for a literal account code (`…/v1/subscriptionevent/{code}`). */
function createEventUrl(accountCode: string): string {
  return `${ROKT_API_BASE}${ROKT_EVENT_PATH}/${accountCode}`;
}

/** Returns the Braze Liquid webhook URL for the mode: the account-code assign followed by the endpoint. */
export function brazeEventUrl(mode: 'create' | 'update'): string {
  const url = createEventUrl('{{accountCode}}');
  return ACCOUNT_CODE_ASSIGN + (mode === 'update' ? `${url}/update` : url);
}

/** Returns the Authorization header value: a Connected Content token call with the Braze credential, then the token. */
export function bearerAuthorization(credentialName: string): string {
  return (
    `Bearer {% connected_content ${ROKT_TOKEN_URL} :method post :basic_auth ${credentialName}` +
    ' :body grant_type=client_credentials :save token :retry %}{{token.access_token}}'
  );
}
