import { previewConnectedContent } from '../../core/liquid';
import { renderRequest } from '../../core/render';
import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';

/**
 * Renders and validates a template for one user with the preview token placeholder.
 * Heavy (pulls in liquidjs): import it only from the worker or through a dynamic import.
 */
export function renderForPreview(template: BrazeTemplate, user: SampleUser): Promise<RenderedRequest> {
  return renderRequest(template, user, { connectedContent: previewConnectedContent });
}
