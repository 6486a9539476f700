export { endpointOfUrl, parseRoktUrl } from './endpoint';
export type { RoktEndpoint } from './endpoint';
export {
  GUID_PATTERN,
  RoktCreateBodySchema,
  RoktEventSchema,
  RoktUpdateBodySchema,
  RoktUpdateFlatBodySchema,
  RoktUpdateNestedBodySchema,
} from './rokt-schemas';
export type { RoktCreateBody, RoktEvent, RoktUpdateBody } from './rokt-schemas';
export { validateRoktBody } from './validate-rokt-body';
export type { UpdateShape } from './validate-rokt-body';
export { offsetFromJsonErrorMessage, parseJsonBody } from './parse-json-body';
export { checkBrazePitfalls } from './braze-pitfalls';
export { checkRenderedRequest } from './rendered-request-checks';
export type { RenderedParts } from './rendered-request-checks';
export { validateDraft } from './validate-draft';
export { suggestWindowsZone } from './timezone-suggestion';
export { checkWallClock } from './wall-clock';
export { ROKT_EVENT_FIELDS } from './rokt-fields';
export { checkDraftFields } from './draft-fields';
export { draftProblems } from './draft-problems';
export { checkDefaultTexts } from './default-texts';
export { checkUserForTemplate } from './user-checks';
