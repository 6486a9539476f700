import { z } from 'zod';

const AttributeValue: z.ZodType<unknown> = z.unknown();

/**
 * A sample Braze user to render for (Braze's "custom user"): standard attributes at the top level,
 * custom attributes (Rokt pushes them as arrays), event and Canvas entry properties in their own maps.
 */
export const SampleUserSchema = z
  .object({
    user_id: z.string().default(''),
    custom_attributes: z.record(z.string(), AttributeValue).default({}),
    event_properties: z.record(z.string(), AttributeValue).default({}),
    canvas_entry_properties: z.record(z.string(), AttributeValue).default({}),
    context: z.record(z.string(), AttributeValue).default({}),
    api_trigger_properties: z.record(z.string(), AttributeValue).default({}),
  })
  .catchall(AttributeValue);

export type SampleUser = z.infer<typeof SampleUserSchema>;
