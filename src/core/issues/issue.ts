/** Where a problem lives: the request part it was found in. */
export type IssueField = 'url' | 'method' | 'headers' | 'body' | 'draft';

/** A one-click fix offered with a problem: the draft fields to set and the values to give them. */
export interface IssueFix {
  /** Stable machine code, e.g. `first-valid-time`, `keep-duration`. */
  code: string;
  /** What the button says, e.g. "Start at 03:00". */
  label: string;
  /** Draft field → new value (wall-clock times as `YYYY-MM-DDTHH:mm`). */
  set: { start?: string; end?: string };
  /** What the label is built from: the times as shown (`03:00`) and the kept length in minutes. */
  params?: { start?: string; end?: string; minutes?: number };
}

/** One problem found in a draft, a template or a rendered request, written for a marketer. */
export interface Issue {
  /** Stable machine code, e.g. `json.invalid`, `rokt.required`, `liquid.unknown-filter`. */
  code: string;
  /** A sentence a marketer understands, naming the field and the fix. */
  message: string;
  /** Dotted path of the value concerned: `event.title`, `subscriptionIds[1]`, `headers.Authorization`, `start`. */
  path: string;
  severity: 'error' | 'warning';
  field?: IssueField;
  /** 1-based position in the text the user wrote (template text or rendered body), when known. */
  line?: number;
  column?: number;
  /** A short excerpt around the position, when known. */
  excerpt?: string;
  /** The values the sentence is built from (for another language, or a richer display). */
  params?: Record<string, string | number>;
  /** Fixes the marketer can apply with one click. */
  fixes?: IssueFix[];
}
