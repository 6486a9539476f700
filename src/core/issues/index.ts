export type { Issue, IssueField } from './issue';
