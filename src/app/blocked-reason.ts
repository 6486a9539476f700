import type { PreviewState } from '../features/preview';

/** Says why a test send is not possible right now, or null when the rendered request can be sent. */
export function blockedReasonFor(preview: PreviewState): string | null {
  if (preview.status === 'rendering' && !preview.rendered) return 'The preview is still rendering.';
  if (preview.status === 'failed') return preview.error ?? 'The preview could not be rendered.';
  const rendered = preview.rendered;
  if (!rendered) return 'The preview is not ready yet.';
  if (rendered.aborted) return `Braze would not send to this sample user: ${rendered.aborted.reason}`;
  const errors = rendered.errors.length;
  if (errors > 0)
    return `Fix the ${errors === 1 ? 'problem' : `${errors} problems`} shown in the preview first.`;
  return null;
}
