import type { Draft } from '../event';
import { buildBody } from './build-body';
import { bearerAuthorization, brazeEventUrl } from './rokt-urls';
import type { BrazeTemplate } from './types';

/**
 * Returns the Braze webhook template (URL, POST, headers, body) for the draft, like the partner guide's
 * but with valid JSON for every user: values json_escaped, numbers and booleans unquoted, ids looped.
 */
export function buildTemplate(draft: Draft): BrazeTemplate {
  return {
    url: brazeEventUrl(draft.mode),
    method: 'POST',
    headers: [
      { name: 'Authorization', value: bearerAuthorization(draft.credentialName) },
      { name: 'Content-Type', value: 'application/json' },
    ],
    body: buildBody(draft),
  };
}
