/** The Liquid variables Braze exposes for a (sample) user. */
import { ContentBlocksDrop } from './braze-tags';
import { USER_VAR } from './rewrite';
import { BRAZE_NAMESPACES, type SampleUser } from '../sample-user';

/**
 * The email-list links Braze makes for every user (`{{${set_user_to_unsubscribed_url}}}`, the older
 * `{{${unsubscribe_url}}}`…): generated at send time, never stored on a profile, so the preview prints a
 * stand-in on the reserved `.invalid` domain unless the sample user gives its own.
 */
const EMAIL_LIST_LINKS = [
  'set_user_to_unsubscribed_url',
  'unsubscribe_url',
  'set_user_to_subscribed_url',
  'set_user_to_opted_in_url',
  'set_user_to_one_click_list_unsubscribe',
] as const;

/** The preview's stand-in for one of EMAIL_LIST_LINKS. */
function previewEmailListLink(link: (typeof EMAIL_LIST_LINKS)[number], userId: string): string {
  return `https://preview.braze.invalid/${link}?user_id=${encodeURIComponent(userId)}`;
}

function withEmailListLinks(user: SampleUser): SampleUser {
  if (EMAIL_LIST_LINKS.every((link) => user[link] !== undefined)) return user;
  const links: Record<string, string> = {};
  for (const link of EMAIL_LIST_LINKS) links[link] = previewEmailListLink(link, user.user_id);
  return { ...links, ...user };
}

/** Fixed stand-ins for `{{campaign.${...}}}` and `{{canvas.${...}}}` in the preview. */
const PREVIEW_CAMPAIGN = {
  name: 'Preview campaign',
  api_id: 'preview-campaign-api-id',
  dispatch_id: 'preview-dispatch-id',
  message_name: 'Preview message',
  message_api_id: 'preview-message-api-id',
};
const PREVIEW_CANVAS = {
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
  ...BRAZE_NAMESPACES,
]);

/**
 * The render scope: standard attributes under `${...}` (with stand-in email-list links when
 * `emailListLinks`: copying the user costs more than the rest of the scope), and each Braze
 * namespace; a namespace the user does not have is empty, so its tags print nothing, as in Braze.
 */
export function scopeFor(
  user: SampleUser,
  variables: Record<string, unknown> = {},
  emailListLinks = false,
): Record<string, unknown> {
  return {
    ...variables,
    [USER_VAR]: emailListLinks ? withEmailListLinks(user) : user,
    custom_attribute: user.custom_attributes ?? {},
    event_properties: user.event_properties ?? {},
    canvas_entry_properties: user.canvas_entry_properties ?? {},
    context: user.context ?? {},
    api_trigger_properties: user.api_trigger_properties ?? {},
    subscribed_state: user.subscribed_state ?? {},
    most_recently_used_device: user.most_recently_used_device ?? {},
    targeted_device: user.targeted_device ?? {},
    sms: user.sms ?? {},
    whats_app: user.whats_app ?? {},
    card: user.card ?? {},
    app: user.app ?? {},
    campaign: PREVIEW_CAMPAIGN,
    canvas: PREVIEW_CANVAS,
    content_blocks: contentBlocks,
  };
}
