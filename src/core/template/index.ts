export type { BrazeTemplate, Header, RenderedRequest } from './types';
export { buildTemplate } from './build-template';
export {
  buildBody,
  CAPTURE_VARIABLES,
  NO_SUBSCRIPTIONS_MESSAGE,
  TRAILING_BRACE,
  USER_ID_SUFFIX,
} from './build-body';
export { coerceDraft } from './coerce-draft';
export { draftFieldAtBodyLine } from './draft-field-at-line';
export { draftFieldIssue } from './draft-field-issue';
export { openLiquidIn } from './open-liquid';
export type { OpenLiquid } from './open-liquid';
export { addDays, datePart, draftAllDayEnd, roktEventTimes, toRoktDateTime } from './rokt-date-time';
export {
  ACCOUNT_CODE_ASSIGN,
  ROKT_API_BASE,
  ROKT_EVENT_PATH,
  ROKT_TOKEN_URL,
  bearerAuthorization,
  brazeEventUrl,
  createEventUrl,
  updateEventUrl,
} from './rokt-urls';
