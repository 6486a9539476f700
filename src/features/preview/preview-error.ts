import type { Issue } from '../../core/issues';

/** The failures of the preview itself (not of the template's Liquid), each worded by the interface. */
export const PREVIEW_ERROR_CODES = [
  'preview.engine-failed',
  'preview.engine-late',
  'preview.runaway',
  'preview.closed',
  'preview.render-failed',
] as const;

export type PreviewErrorCode = (typeof PREVIEW_ERROR_CODES)[number];

/** A preview failure: a code and its values for the interface, and the English sentence for logs and English. */
export class PreviewError extends Error {
  constructor(
    readonly code: PreviewErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** The problem a failed render shows (an Issue, so the interface words it like every other problem). */
export function previewProblem(error: unknown): Issue {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof PreviewError;
  return {
    code: known ? error.code : 'preview.render-failed',
    message,
    params: known ? error.params : { detail: message },
    path: '',
    severity: 'error',
  };
}
