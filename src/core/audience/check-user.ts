import type { Issue } from '../issues';
import { previewConnectedContent } from '../liquid';
import { prepareRequest, renderRequest } from '../render';
import { remember } from '../memo';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from '../template';
import { parseRoktUrl } from '../validate';
import { localStartHour } from './local-start-hour';
import type { RecordPlace, UserCause, UserOutcome } from './types';

/** Options that stay the same for every user of a run. */
export interface CheckOptions {
  /** The instant `now` stands for, fixed once per run so every user sees the same clock. */
  now: Date;
}

/** Checks one user of a run. */
export type UserChecker = (user: SampleUser, place: RecordPlace) => UserOutcome | Promise<UserOutcome>;

const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

// The render time limit is wall-clock time: a pause of the machine (GC, a busy core) can trip it for one
// user. A template that really is too slow trips it again; only that is reported.
const trippedLimit = (rendered: RenderedRequest) => rendered.errors.some((e) => e.code === 'liquid.limit');

const accountCodes = new Map<string, string>();

/** The Rokt account code of a rendered URL ('' when none), remembered: an audience has few distinct URLs. */
function accountCodeOf(url: string): string {
  return remember(accountCodes, url, 1024, () => parseRoktUrl(url)?.accountCode ?? '');
}

/** The distinct warning codes of a request, in order, without the abort notice. */
function warningCodes(warnings: readonly Issue[]): string[] {
  const codes: string[] = [];
  for (const w of warnings) if (w.code !== 'render.aborted' && !codes.includes(w.code)) codes.push(w.code);
  return codes;
}

/** Sorts a rendered request into sent, aborted (with the reason) or failed (with each distinct error). */
function outcomeOf(rendered: RenderedRequest, user: SampleUser, place: RecordPlace): UserOutcome {
  // Built field by field (no spreads): this runs for every user of an audience.
  const outcome: UserOutcome = { line: place.line, userId: user.user_id, kind: 'sent' };
  if (place.file !== undefined) outcome.file = place.file;
  if (rendered.aborted) {
    outcome.kind = 'aborted';
    outcome.reason = rendered.aborted.reason;
    outcome.user = user;
    return outcome;
  }
  const warnings = rendered.warnings.length > 0 ? warningCodes(rendered.warnings) : [];
  if (rendered.errors.length > 0) {
    const causes: UserCause[] = [];
    for (const e of rendered.errors) {
      if (!causes.some((c) => c.code === e.code)) causes.push({ code: e.code, message: e.message });
    }
    outcome.kind = 'failed';
    outcome.causes = causes;
    if (warnings.length) outcome.warnings = warnings;
    outcome.user = user;
    return outcome;
  }
  const body = asRecord(rendered.json);
  const event = asRecord(body?.event) ?? body;
  const eventId = event?.eventId;
  if (warnings.length) outcome.warnings = warnings;
  if (typeof eventId === 'string') outcome.eventId = eventId;
  outcome.accountCode = accountCodeOf(rendered.url);
  outcome.localHour = localStartHour(event?.start, event?.timezone, user.time_zone);
  return outcome;
}

/**
 * Renders the template for one user exactly as the preview does (same renderer, same checks, the preview's
 * Connected Content stand-in) and sorts the result into sent, aborted (with the reason) or failed (with
 * each distinct error), plus what the report tallies for sent users.
 */
export async function checkUser(
  template: BrazeTemplate,
  user: SampleUser,
  place: RecordPlace,
  options: CheckOptions,
): Promise<UserOutcome> {
  const renderOptions = { connectedContent: previewConnectedContent, now: options.now };
  let rendered = await renderRequest(template, user, renderOptions);
  if (trippedLimit(rendered)) rendered = await renderRequest(template, user, renderOptions);
  return outcomeOf(rendered, user, place);
}

/**
 * The check of checkUser for every user of a run, with the template prepared once: what does not depend
 * on the user is rendered and checked once, and each user's outcome is the one checkUser gives.
 */
export function userChecker(template: BrazeTemplate, options: CheckOptions): UserChecker {
  const prepared = prepareRequest(template, { connectedContent: previewConnectedContent, now: options.now });
  if (!prepared) return (user, place) => checkUser(template, user, place, options);
  return (user, place) => {
    let rendered = prepared(user);
    if (trippedLimit(rendered)) rendered = prepared(user);
    return outcomeOf(rendered, user, place);
  };
}
