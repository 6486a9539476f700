import { type Draft, defaultDraft } from '../core/event';
import guideUser from '../core/fixtures/guide-user.json';
import type { SampleUser } from '../core/sample-user';
import { roktEventTimes } from '../core/template';
import type { RenderedRequest } from '../core/template';
import { validateRoktBody } from '../core/validate';

/** The partner guide's subscriber (user_id braze-user-1). */
export const GUIDE_USER = guideUser as SampleUser;

/**
 * The request the create template renders to for the guide subscriber (title `Launch, Alex`, event id
 * `launch_braze-user-1`), checked like the preview checks it. Built without Liquid so the time tables stay
 * fast and steady under load; the CLI test and the abort case go through the real renderer.
 */
export function renderedFor(draft: Partial<Draft>): RenderedRequest {
  const full: Draft = {
    ...defaultDraft(),
    description: 'Doors open; bring a friend.\nSecond line',
    location: 'Main hall',
    notifyBefore: 15,
    allDay: false,
    ...draft,
  };
  const json = {
    event: {
      eventId: 'launch_braze-user-1',
      title: draft.title ?? 'Launch, Alex',
      description: full.description,
      location: full.location,
      ...roktEventTimes(full),
      timezone: full.timezone,
      allDayEvent: full.allDay,
      notifyBefore: full.notifyBefore,
    },
    subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36'],
  };
  const issues = validateRoktBody(json, 'create');
  return {
    url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
    method: 'POST',
    headers: [],
    body: JSON.stringify(json),
    json,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}
