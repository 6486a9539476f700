/** The Liquid variables Braze exposes for a (sample) user. */
import { ContentBlocksDrop } from './braze-tags';
import { USER_VAR } from './rewrite';
import type { SampleUser } from '../sample-user';

/** Fixed stand-ins for `{{campaign.${...}}}` and `{{canvas.${...}}}` in the preview. */
export const PREVIEW_CAMPAIGN = {
  name: 'Preview campaign',
  api_id: 'preview-campaign-api-id',
  dispatch_id: 'preview-dispatch-id',
  message_name: 'Preview message',
  message_api_id: 'preview-message-api-id',
};
export const PREVIEW_CANVAS = {
  name: 'Preview Canvas',
  api_id: 'preview-canvas-api-id',
  variant_name: 'Preview variant',
  variant_api_id: 'preview-variant-api-id',
  step_name: 'Preview step',
  step_api_id: 'preview-step-api-id',
};

const contentBlocks = new ContentBlocksDrop();

/** The scope names whose values come from the user; every other name is the same for all users. */
export const USER_SCOPE_KEYS: ReadonlySet<string> = new Set([
  USER_VAR,
  'custom_attribute',
  'event_properties',
  'canvas_entry_properties',
  'context',
  'api_trigger_properties',
]);

/** The render scope: standard attributes under `${...}`, and each Braze namespace. */
export function scopeFor(user: SampleUser, variables: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...variables,
    [USER_VAR]: user,
    custom_attribute: user.custom_attributes ?? {},
    event_properties: user.event_properties ?? {},
    canvas_entry_properties: user.canvas_entry_properties ?? {},
    context: user.context ?? {},
    api_trigger_properties: user.api_trigger_properties ?? {},
    campaign: PREVIEW_CAMPAIGN,
    canvas: PREVIEW_CANVAS,
    content_blocks: contentBlocks,
  };
}
