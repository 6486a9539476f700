import type { SampleUser } from '../sample-user';

/** The three Braze export shapes a dry run reads. */
export type ExportFormat = 'jsonl' | 'csv' | 'ids';

/** Where a record sits in the uploaded file: 1-based line, and the file inside a zip archive when there is one. */
export interface RecordPlace {
  line: number;
  file?: string;
}

/** One JSON user object as text (a JSON-lines line or an element of an ids response's `users`). */
export interface JsonRecord extends RecordPlace {
  text: string;
}

/** One CSV data row, already split into cells. */
export interface CsvRecord extends RecordPlace {
  cells: string[];
}

/** Whole lines of a JSON-lines file as one string; `line` is the number of its first line. */
export interface LinesBatch {
  kind: 'lines';
  line: number;
  file?: string;
  text: string;
}

/** A batch of raw records ready to be checked (cheap to post to a worker). */
export type RecordBatch =
  | LinesBatch
  | { kind: 'json'; records: JsonRecord[] }
  | { kind: 'csv'; header: string[]; records: CsvRecord[] };

/** A line or row that could not be read as a user; counted and reported, never fatal. */
export interface MalformedRecord extends RecordPlace {
  message: string;
}

/** A failure cause found for one user: the Issue code and its sentence. */
export interface UserCause {
  code: string;
  message: string;
}

/** What the dry run decided for one user. */
export interface UserOutcome extends RecordPlace {
  userId: string;
  kind: 'sent' | 'aborted' | 'failed';
  /** abort_message text, when aborted. */
  reason?: string;
  /** Distinct error codes (first message of each), when failed. */
  causes?: UserCause[];
  /** Distinct warning codes. */
  warnings?: string[];
  /** The event id the body carries (sent users). */
  eventId?: string;
  /** The Rokt account code of the URL (sent users). */
  accountCode?: string;
  /** Hour of day (0–23) the event starts in the user's own zone; null when the user has no known zone. */
  localHour?: number | null;
  /** The user as rendered, kept for users who are not sent so the preview can open them. */
  user?: SampleUser;
}

/**
 * The users who would be sent, column by column: what the report needs of them, one entry per user in
 * file order. A thread sends these instead of an object per user (the most common outcome by far).
 */
export interface SentUsers {
  /** Where each user comes in the batch's sequence of checked users (with `outcomes`' users). */
  at: number[];
  lines: number[];
  /** The event id the body carries, or null. */
  eventIds: (string | null)[];
  accountCodes: string[];
  /** Hour of day (0–23) the event starts in the user's own zone, or -1 when the user has no known zone. */
  localHours: number[];
  /** Distinct warning codes of each user, or null (most users have none). */
  warnings: (string[] | null)[];
}

/** What checking one batch produced. */
export interface BatchResult {
  /** Checked users' outcomes (those in `sent`, when it is there, are not repeated here). */
  outcomes: UserOutcome[];
  malformed: MalformedRecord[];
  sent?: SentUsers;
}
