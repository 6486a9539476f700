import * as z from 'zod/mini';

const AttributeValue = z.unknown();
const attributes = () => z._default(z.record(z.string(), AttributeValue), {});

/**
 * A sample Braze user to render for (Braze's "custom user"): standard attributes at the top level,
 * custom attributes (Rokt pushes them as arrays), event and Canvas entry properties in their own maps.
 */
export const SampleUserSchema = z.catchall(
  z.object({
    user_id: z._default(z.string({ error: 'user_id must be text.' }), ''),
    custom_attributes: attributes(),
    event_properties: attributes(),
    canvas_entry_properties: attributes(),
    context: attributes(),
    api_trigger_properties: attributes(),
  }),
  AttributeValue,
);

export type SampleUser = z.infer<typeof SampleUserSchema>;
