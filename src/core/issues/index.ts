export type { Issue, IssueField, IssueFix } from './issue';
export { hasError, mergeIssues } from './merge-issues';
export { DRAFT_FIELD_LABELS, DRAFT_FIELD_OF_ROKT_KEY, draftFieldLabel, draftFieldOf } from './draft-fields';
export type { DraftFieldName } from './draft-fields';
export { sameIssues } from './same-issues';
