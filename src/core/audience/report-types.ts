import type { SampleUser } from '../sample-user';
import type { ExportFormat, MalformedRecord, RecordPlace } from './types';

/** One user shown as an example of a cause or an abort reason. */
export interface ReportExample extends RecordPlace {
  userId: string;
  message: string;
  /** The user, so the app can open them in the preview. */
  user?: SampleUser;
}

/** One reason the template gave for skipping users (abort_message). */
export interface AbortSummary {
  reason: string;
  count: number;
  examples: ReportExample[];
}

/** One cause of failure: how many users, three examples and the fix. */
export interface CauseSummary {
  code: string;
  count: number;
  fix: string;
  examples: ReportExample[];
}

/** One row of the failures download. */
export interface FailureRow extends RecordPlace {
  userId: string;
  outcome: 'failed' | 'aborted';
  code: string;
  message: string;
  /** Kept for the first rows only (bounded), so the list can open a user's preview. */
  user?: SampleUser;
}

/** An event id that several users would share (each would overwrite the others' event). */
export interface DuplicateEventId {
  eventId: string;
  users: number;
  lines: number[];
}

/** The dry-run report: what would happen to every user of the export. */
export interface DryRunReport {
  format: ExportFormat | null;
  /** Users read from the file and checked (malformed records not included). */
  users: number;
  sent: number;
  aborted: number;
  failed: number;
  abortReasons: AbortSummary[];
  causes: CauseSummary[];
  warnings: { code: string; count: number }[];
  /** Requests per account code, for the first `REPORT_LIMITS.accountCodes` distinct codes seen. */
  requestsPerAccount: { accountCode: string; requests: number }[];
  /** Requests to account codes beyond those (a hostile export could hold a million distinct codes). */
  requestsToOtherAccounts: number;
  duplicates: { users: number; eventIds: number; examples: DuplicateEventId[] };
  /** Users sent per hour of day (index 0–23) at which the event starts in their own zone. */
  localStartHours: number[];
  /** Users sent without a known zone (no time_zone in the export). */
  localStartUnknown: number;
  malformed: { count: number; examples: MalformedRecord[] };
  failures: FailureRow[];
  /** True when more users failed than `failures` keeps. */
  failuresTruncated: boolean;
}

/** Bounds that keep a report small whatever the audience's size. */
export const REPORT_LIMITS = {
  examples: 3,
  malformedExamples: 100,
  duplicateExamples: 50,
  accountCodes: 1_000,
  duplicateLines: 5,
  failureRows: 100_000,
  failureRowsWithUser: 500,
};
