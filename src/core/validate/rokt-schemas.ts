// zod's mini build, like every schema the browser loads: one small zod core in the app's bundles.
import * as z from 'zod/mini';
import { isKnownWindowsZone } from '../timezones';
import { checkWallClock } from './rokt-date-time-check';

/** A Rokt subscription id: a GUID such as `06423672-b6ba-4536-aa36-70788a7a0a36`. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Numbers sent as quoted text (Braze's template quotes notifyBefore); accepted with a warning. */
export const QUOTED_NUMBER_PATTERN = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** The classic build's wording for a value of the wrong type (the mini build has no locale loaded). */
const expected = (type: string) => ({
  error: (issue: { input: unknown }) => {
    const input = issue.input;
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return `Invalid input: expected ${type}, received ${received}`;
  },
});

const wallClock = z.string(expected('string')).check(
  z.refine((v) => checkWallClock(v).ok, {
    message: 'Use a wall-clock date-time without offset, like 2019-02-21T15:00:00.',
  }),
);

const requiredText = z
  .string(expected('string'))
  .check(z.refine((v) => v.trim() !== '', { message: 'Required.' }));

/** The event fields Rokt accepts (create and update); unknown fields pass through (they only warrant a warning). */
export const RoktEventSchema = z
  .looseObject({
    eventId: requiredText,
    title: requiredText,
    description: z.nullish(z.string()),
    location: z.nullish(z.string()),
    start: wallClock,
    end: z.nullish(wallClock),
    timezone: z
      .string(expected('string'))
      .check(z.refine(isKnownWindowsZone, { message: 'Use a Windows timezone id.' })),
    allDayEvent: z.nullish(z.boolean()),
    notifyBefore: z.nullish(
      z.union([
        z.number().check(z.minimum(0)),
        z.string().check(
          z.regex(QUOTED_NUMBER_PATTERN),
          z.refine((v) => Number(v) >= 0),
        ),
      ]),
    ),
    timezoneIanaId: z.nullish(z.string()),
    visibleFromDateTimeUtc: z.nullish(z.string()),
  })
  .check(
    z.refine(
      (e) => {
        if (typeof e.end !== 'string') return true;
        const s = checkWallClock(e.start);
        const en = checkWallClock(e.end);
        return !s.ok || !en.ok || en.key >= s.key;
      },
      { message: 'End must not be before start.', path: ['end'] },
    ),
  );

/** Body of `POST /v1/subscriptionevent/{accountCode}`: the event plus the subscription ids to add it to. */
export const RoktCreateBodySchema = z.looseObject({
  event: RoktEventSchema,
  subscriptionIds: z.array(z.string().check(z.regex(GUID_PATTERN))).check(z.minLength(1)),
});

/** Update body as Braze's template sends it: `{ "event": { … } }`. */
const RoktUpdateNestedBodySchema = z.looseObject({ event: RoktEventSchema });

/** Update body as Rokt's own reference shows it: the event fields at the top level. */
const RoktUpdateFlatBodySchema = RoktEventSchema;

/** Body of `POST /v1/subscriptionevent/{accountCode}/update`, in either shape. */
export const RoktUpdateBodySchema = z.union([RoktUpdateNestedBodySchema, RoktUpdateFlatBodySchema]);

export type RoktEvent = z.infer<typeof RoktEventSchema>;
