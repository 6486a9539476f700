import { t } from '@lingui/core/macro';

/** The fix shown next to each failure cause of an audience check (core/audience's cause-fixes.ts), by code. */
export const CAUSE_FIX_WORDINGS: Record<string, () => string> = {
  'request.account-code-missing': () =>
    t`These users have no rokt:account_code: Rokt answers 404 for /subscriptionevent/. Filter the segment on "rokt:account_code is not blank", or stop the send for them with abort_message.`,
  'request.url-empty': () =>
    t`The URL renders empty for these users: check the Liquid in the webhook URL and the rokt:account_code attribute.`,
  'request.url-whitespace': () =>
    t`The account code these users carry contains spaces or line breaks: fix the attribute, or strip it in the URL Liquid.`,
  'request.url-invalid': () =>
    t`The URL is not a web address for these users: check the Liquid that builds it from rokt:account_code.`,
  'request.url-endpoint': () =>
    t`The URL path is not a Rokt event endpoint for these users: the account code probably contains a "/" or other characters Rokt does not use.`,
  'rokt.subscription-ids-empty': () =>
    t`These users have no rokt:subscription_id: send only to calendar subscribers (filter the segment), or turn on "stop the send for users without subscriptions".`,
  'rokt.subscription-id-format': () =>
    t`Some subscription ids are not Rokt GUIDs: check the rokt:subscription_id attribute and the join that builds the list.`,
  'json.invalid': () =>
    t`The body is not valid JSON for these users, usually a name or attribute with quotes, backslashes or line breaks printed without json_escape: print every text value through json_escape.`,
  'rokt.required': () =>
    t`A field Rokt requires renders empty or missing for these users: give the Liquid a default (| default: …) or filter the segment.`,
  'rokt.type': () =>
    t`A value has the wrong type for these users (text where Rokt wants a number or a list): check the Liquid that prints it.`,
  'liquid.render': () =>
    t`The Liquid stops with an error for these users: open one in the preview to see the line, and guard the attribute it reads.`,
  'liquid.limit': () =>
    t`The Liquid runs too long or builds too much text for these users: simplify the loop or filter that depends on their attributes.`,
  'user.several-accounts': () =>
    t`These users' calendars are in several Rokt accounts, but one webhook posts every subscription id to the first account: send one webhook per account (for example a Canvas branch per rokt:account_code).`,
  'user.no-user-id': () =>
    t`These users have no external_id, so they all share one event id and overwrite each other: give them an external_id, or exclude users without one from the segment.`,
  'render.failed': () =>
    t`The Liquid could not be rendered for these users: open one in the preview to see why.`,
};
