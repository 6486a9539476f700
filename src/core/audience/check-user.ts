import { previewConnectedContent } from '../liquid';
import { prepareRequest, renderRequest } from '../render';
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
  let code = accountCodes.get(url);
  if (code === undefined) {
    if (accountCodes.size >= 1024) accountCodes.clear();
    code = parseRoktUrl(url)?.accountCode ?? '';
    accountCodes.set(url, code);
  }
  return code;
}

/** Sorts a rendered request into sent, aborted (with the reason) or failed (with each distinct error). */
function outcomeOf(rendered: RenderedRequest, user: SampleUser, place: RecordPlace): UserOutcome {
  const base = { ...place, userId: user.user_id };
  const warnings = [...new Set(rendered.warnings.map((w) => w.code))].filter((c) => c !== 'render.aborted');
  if (rendered.aborted) return { ...base, kind: 'aborted', reason: rendered.aborted.reason, user };
  if (rendered.errors.length > 0) {
    const causes: UserCause[] = [];
    const seen = new Set<string>();
    for (const e of rendered.errors) {
      if (seen.has(e.code)) continue;
      seen.add(e.code);
      causes.push({ code: e.code, message: e.message });
    }
    return { ...base, kind: 'failed', causes, ...(warnings.length ? { warnings } : {}), user };
  }
  const body = asRecord(rendered.json);
  const event = asRecord(body?.event) ?? body;
  const eventId = event?.eventId;
  const hour = localStartHour(event?.start, event?.timezone, user.time_zone);
  return {
    ...base,
    kind: 'sent',
    ...(warnings.length ? { warnings } : {}),
    ...(typeof eventId === 'string' ? { eventId } : {}),
    accountCode: accountCodeOf(rendered.url),
    localHour: hour,
  };
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
