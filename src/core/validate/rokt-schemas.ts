import { z } from 'zod';
import { isKnownWindowsZone } from '../timezones';
import { checkWallClock } from './wall-clock';

/** A Rokt subscription id: a GUID such as `06423672-b6ba-4536-aa36-70788a7a0a36`. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Numbers sent as quoted text (Braze's template quotes notifyBefore); accepted with a warning. */
export const QUOTED_NUMBER_PATTERN = /^\s*-?\d+(?:\.\d+)?\s*$/;

const wallClock = z.string().refine((v) => checkWallClock(v).ok, {
  message: 'Use a wall-clock date-time without offset, like 2019-02-21T15:00:00.',
});

const requiredText = z.string().refine((v) => v.trim() !== '', { message: 'Required.' });

/** The event fields Rokt accepts (create and update); unknown fields pass through (they only warrant a warning). */
export const RoktEventSchema = z
  .looseObject({
    eventId: requiredText,
    title: requiredText,
    description: z.string().nullish(),
    location: z.string().nullish(),
    start: wallClock,
    end: wallClock.nullish(),
    timezone: z.string().refine(isKnownWindowsZone, { message: 'Use a Windows timezone id.' }),
    allDayEvent: z.boolean().nullish(),
    notifyBefore: z
      .union([
        z.number().min(0),
        z
          .string()
          .regex(QUOTED_NUMBER_PATTERN)
          .refine((v) => Number(v) >= 0),
      ])
      .nullish(),
    timezoneIanaId: z.string().nullish(),
    visibleFromDateTimeUtc: z.string().nullish(),
  })
  .refine(
    (e) => {
      if (typeof e.end !== 'string') return true;
      const s = checkWallClock(e.start);
      const en = checkWallClock(e.end);
      return !s.ok || !en.ok || en.key >= s.key;
    },
    { message: 'End must not be before start.', path: ['end'] },
  );

/** Body of `POST /v1/subscriptionevent/{accountCode}`: the event plus the subscription ids to add it to. */
export const RoktCreateBodySchema = z.looseObject({
  event: RoktEventSchema,
  subscriptionIds: z.array(z.string().regex(GUID_PATTERN)).min(1),
});

/** Update body as Braze's template sends it: `{ "event": { … } }`. */
export const RoktUpdateNestedBodySchema = z.looseObject({ event: RoktEventSchema });

/** Update body as Rokt's own reference shows it: the event fields at the top level. */
export const RoktUpdateFlatBodySchema = RoktEventSchema;

/** Body of `POST /v1/subscriptionevent/{accountCode}/update`, in either shape. */
export const RoktUpdateBodySchema = z.union([RoktUpdateNestedBodySchema, RoktUpdateFlatBodySchema]);

export type RoktEvent = z.infer<typeof RoktEventSchema>;
export type RoktCreateBody = z.infer<typeof RoktCreateBodySchema>;
export type RoktUpdateBody = z.infer<typeof RoktUpdateBodySchema>;
