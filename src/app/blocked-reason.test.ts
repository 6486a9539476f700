import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../core/event';
import type { Issue } from '../core/issues';
import { buildTemplate } from '../core/template';
import type { RenderedRequest } from '../core/template';
import type { PreviewState } from '../features/preview';
import { blockedReasonFor } from './blocked-reason';

const template = buildTemplate(defaultDraft());
const issue = (severity: Issue['severity']): Issue => ({ code: 'x', message: 'x', path: 'x', severity });
const rendered = (over: Partial<RenderedRequest> = {}): RenderedRequest => ({
  url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
  method: 'POST',
  headers: [],
  body: '{}',
  json: {},
  errors: [],
  warnings: [],
  ...over,
});
const state = (over: Partial<PreviewState>): PreviewState => ({
  status: 'ready',
  template,
  rendered: rendered(),
  draftIssues: [],
  user: { user_id: 'u', custom_attributes: {} } as PreviewState['user'],
  ...over,
});

describe('blockedReasonFor', () => {
  it.each<[string, Partial<PreviewState>, string | null]>([
    ['a clean rendering can be sent', {}, null],
    ['warnings do not block', { rendered: rendered({ warnings: [issue('warning')] }) }, null],
    [
      'one error',
      { rendered: rendered({ errors: [issue('error')] }) },
      'Fix the problem shown in the preview first.',
    ],
    [
      'several errors',
      { rendered: rendered({ errors: [issue('error'), issue('error')] }) },
      'Fix the 2 problems shown in the preview first.',
    ],
    [
      'an aborted send',
      { rendered: rendered({ aborted: { reason: 'no ids', field: 'body' } }) },
      'Braze would not send to this sample user: no ids',
    ],
    ['the first rendering', { status: 'rendering', rendered: null }, 'The preview is still rendering.'],
    ['a failed rendering', { status: 'failed', rendered: null, error: 'Worker crashed.' }, 'Worker crashed.'],
  ])('%s', (_name, over, expected) => {
    expect(blockedReasonFor(state(over))).toBe(expected);
  });
});
