/** A problem found while parsing or rendering Braze Liquid, positioned in the text the user wrote. */
export interface LiquidProblem {
  /** Stable machine code, e.g. `liquid.unknown-filter`, `liquid.limit`, `braze.not-in-preview`. */
  code: string;
  /** A sentence a marketer understands: what is wrong and how to fix it. */
  message: string;
  /** 1-based line in the ORIGINAL source. */
  line: number;
  /** 1-based column in the ORIGINAL source. */
  column: number;
  /** The source line around the position. */
  excerpt: string;
  /** The values the sentence is built from, so that the interface can word it in another language. */
  params?: Record<string, string | number>;
}

/** One `{% connected_content %}` call, after the Liquid inside its URL and options was rendered. */
export interface ConnectedContentCall {
  url: string;
  /** Upper-case HTTP method (`GET` unless `:method` says otherwise). */
  method: string;
  body?: string;
  headers?: Record<string, string>;
  /** The credential name given to `:basic_auth`. */
  basicAuth?: string;
  /** The variable the response is stored in (`:save`, default `connected`). */
  save: string;
  /** Every option as written (rendered), e.g. `{ method: 'post', retry: true, cache_max_age: '900' }`. */
  options: Record<string, string | true>;
}

/** Answers a Connected Content call; the value returned is stored in the `:save` variable. */
export type ConnectedContentResolver = (call: ConnectedContentCall) => unknown | Promise<unknown>;

export interface RenderOptions {
  /** Answers `{% connected_content %}` calls (default: previewConnectedContent). */
  connectedContent?: ConnectedContentResolver;
  /** The instant `'now'` stands for (default: the current time). */
  now?: Date;
  /**
   * Extra top-level Liquid variables (as `{% assign %}` would set them before the template runs).
   * Braze's own names (`custom_attribute`, `campaign`, …) cannot be replaced.
   */
  variables?: Record<string, unknown>;
}

/**
 * What rendering gave: the output, or why there is none (an abort or a problem). `warnings`, present
 * only when there are some, names risky lax syntax that Braze renders all the same.
 */
export type RenderResult =
  | { ok: true; output: string; warnings?: LiquidProblem[] }
  | {
      ok: false;
      output: string;
      aborted?: { reason: string };
      problem?: LiquidProblem;
      warnings?: LiquidProblem[];
    };
