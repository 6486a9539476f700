import * as z from 'zod/mini';

const AttributeValue = z.unknown();
const attributes = () => z._default(z.record(z.string(), AttributeValue), {});
const namespace = () => z.optional(z.record(z.string(), AttributeValue));

/**
 * The Liquid namespaces Braze fills besides custom attributes and trigger properties ("Supported
 * personalization tags"), each read as `{{namespace.${name}}}`: the user's subscription states (`email_global`
 * and one entry per subscription group id), their most recently used device, the device a push or in-app
 * message targets, an inbound SMS or WhatsApp message that triggered a Canvas, the Content Card and the
 * in-app message's app. Optional: a user without one renders it blank, as Braze does when it has no value.
 */
export const BRAZE_NAMESPACES = [
  'subscribed_state',
  'most_recently_used_device',
  'targeted_device',
  'sms',
  'whats_app',
  'card',
  'app',
] as const;

/** One of the namespaces a sample user may hold (see BRAZE_NAMESPACES). */
type BrazeNamespace = (typeof BRAZE_NAMESPACES)[number];

const namespaces = Object.fromEntries(BRAZE_NAMESPACES.map((name) => [name, namespace()])) as Record<
  BrazeNamespace,
  ReturnType<typeof namespace>
>;

/**
 * A sample Braze user to render for (Braze's "custom user"): standard attributes at the top level
 * (`first_name`, `city`, `braze_id`, `set_user_to_unsubscribed_url`…, read as `{{${name}}}`), custom
 * attributes (Rokt pushes them as arrays), event and Canvas entry properties in their own maps, and the
 * other Braze namespaces (BRAZE_NAMESPACES) when the user has them.
 */
export const SampleUserSchema = z.catchall(
  z.object({
    user_id: z._default(z.string({ error: 'user_id must be text.' }), ''),
    custom_attributes: attributes(),
    event_properties: attributes(),
    canvas_entry_properties: attributes(),
    context: attributes(),
    api_trigger_properties: attributes(),
    ...namespaces,
  }),
  AttributeValue,
);

export type SampleUser = z.infer<typeof SampleUserSchema>;
