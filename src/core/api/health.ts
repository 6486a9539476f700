import * as z from 'zod/mini';

/** `GET /api/health`: the server is up, and whether sends go to the sandbox or to Rokt. */
export const HealthResponseSchema = z.object({ status: z.literal('ok'), mode: z.enum(['sandbox', 'live']) });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
