export type { BrazeTemplate, Header, RenderedRequest } from './types';
export { buildTemplate } from './build-template';
export { NO_SUBSCRIPTIONS_MESSAGE, TRAILING_BRACE } from './build-body';
export { coerceDraft } from './coerce-draft';
export { draftFieldIssue } from './draft-field-issue';
export { draftAllDayEnd, roktEventTimes } from './rokt-date-time';
export { ROKT_EVENT_PATH } from './rokt-urls';
export { renderAhead } from './render-ahead';
