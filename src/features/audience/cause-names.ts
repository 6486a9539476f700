import { t } from '@lingui/core/macro';

/** Short names of the failure causes a dry run finds, by Issue code: the labels of the failures chart. */
const NAMES: Record<string, () => string> = {
  'request.account-code-missing': () => t`No account code`,
  'request.url-empty': () => t`Empty URL`,
  'request.url-whitespace': () => t`Spaces in the account code`,
  'request.url-invalid': () => t`URL is not a web address`,
  'request.url-endpoint': () => t`Not a Rokt event endpoint`,
  'request.url-host': () => t`Not Rokt's host`,
  'request.url-https': () => t`URL without HTTPS`,
  'request.token-empty': () => t`Empty token`,
  'rokt.subscription-ids-empty': () => t`No subscription ids`,
  'rokt.subscription-id-format': () => t`Malformed subscription id`,
  'rokt.subscription-id-duplicate': () => t`Repeated subscription id`,
  'json.invalid': () => t`Body is not valid JSON`,
  'rokt.required': () => t`Required field missing`,
  'rokt.type': () => t`Value of the wrong type`,
  'rokt.unknown-field': () => t`Field Rokt does not know`,
  'rokt.datetime-format': () => t`Date in the wrong format`,
  'rokt.end-before-start': () => t`Ends before it starts`,
  'rokt.timezone-unknown': () => t`Unknown time zone`,
  'rokt.nonexistent-time': () => t`Time skipped by a clock change`,
  'liquid.render': () => t`Liquid error`,
  'liquid.limit': () => t`Liquid too slow or too long`,
  'liquid.syntax': () => t`Liquid syntax error`,
  'user.several-accounts': () => t`Several Rokt accounts`,
  'user.no-user-id': () => t`No user id`,
  'render.failed': () => t`Could not be rendered`,
  'connected-content.failed': () => t`Connected Content failed`,
};

/** The name of a cause without its own: what its family of codes (before the dot) checks. */
const FAMILIES: Record<string, () => string> = {
  request: () => t`URL or header problem`,
  rokt: () => t`Body Rokt would refuse`,
  json: () => t`Body is not valid JSON`,
  liquid: () => t`Liquid problem`,
  braze: () => t`Braze template problem`,
  'connected-content': () => t`Connected Content problem`,
  user: () => t`User data problem`,
  render: () => t`Could not be rendered`,
  draft: () => t`Event details problem`,
};

/** A failure cause's short name in the active language (its family's name, else the code itself). */
export function causeName(code: string): string {
  const name = NAMES[code] ?? FAMILIES[code.slice(0, code.indexOf('.'))];
  return name ? name() : code;
}
