import type { Issue } from '../issues';

export interface Header {
  name: string;
  value: string;
}

/** A Braze webhook template: the four things a marketer pastes into Braze. Values are Braze Liquid text. */
export interface BrazeTemplate {
  url: string;
  method: 'POST';
  headers: Header[];
  body: string;
}

/** A template rendered for one user, with the body parsed and checked. */
export interface RenderedRequest {
  url: string;
  method: string;
  headers: Header[];
  body: string;
  /** The parsed body, or null when it is not valid JSON (or rendering failed). */
  json: unknown;
  errors: Issue[];
  warnings: Issue[];
  /** Set when the template called abort_message: Braze would not send to this user. */
  aborted?: { reason: string; field: 'url' | 'headers' | 'body' };
}
