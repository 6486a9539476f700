/** An error a Braze tag or filter raises on purpose, carrying the problem code to report. */
export class BrazeProblemError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The values the sentence is built from (the interface words the code in another language). */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'BrazeProblemError';
  }
}

/** Raised by `{% abort_message() %}`: rendering stops, the message is not sent. */
export class BrazeAbortError extends Error {
  constructor(readonly reason: string) {
    super(`abort_message(${JSON.stringify(reason)})`);
    this.name = 'BrazeAbortError';
  }
}

/**
 * The 'braze.not-in-preview' problem for a Braze feature the preview cannot run; `which` names it for the
 * interface: the tag (`{ tag }`) or the Content Block (`{ block }`).
 */
export function notInPreview(feature: string, which: { tag: string } | { block: string }): BrazeProblemError {
  return new BrazeProblemError(
    'braze.not-in-preview',
    `${feature} is a Braze feature that the preview cannot run; it works in Braze. Preview without it or test-send from Braze.`,
    { feature, ...which },
  );
}
