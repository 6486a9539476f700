/** Where a problem lives: the request part it was found in. */
export type IssueField = 'url' | 'method' | 'headers' | 'body' | 'draft';

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
}
