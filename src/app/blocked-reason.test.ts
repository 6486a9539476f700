import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../core/event';
import type { Issue } from '../core/issues';
import { buildTemplate } from '../core/template';
import type { RenderedRequest } from '../core/template';
import type { PreviewState } from '../features/preview';
import { copyBlockedReason, sendBlockedReason } from './blocked-reason';

const template = buildTemplate(defaultDraft());
const issue = (over: Partial<Issue>): Issue => ({
  code: 'x',
  message: 'Something is wrong.',
  path: 'x',
  severity: 'error',
  ...over,
});
const credential = issue({
  code: 'draft.field-invalid',
  path: 'credentialName',
  field: 'draft',
  message: 'Braze credential name cannot contain spaces, % or }.',
});
const badId = issue({ code: 'rokt.subscription-id', path: 'subscriptionIds[0]', field: 'body' });
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

describe('sendBlockedReason', () => {
  it.each<[string, Partial<PreviewState>, Issue[], string | null]>([
    ['a clean rendering can be sent', {}, [], null],
    ['warnings do not block', {}, [issue({ severity: 'warning' })], null],
    [
      'a field error names the field and the fix',
      {},
      [credential],
      'Fix Braze credential name first: Braze credential name cannot contain spaces, % or }.',
    ],
    [
      'several errors say how many more',
      {},
      [credential, badId, badId],
      'Fix Braze credential name first: Braze credential name cannot contain spaces, % or }. (and 2 more problems in the Problems list)',
    ],
    ['an error outside the form', {}, [badId], 'Fix this problem first: Something is wrong.'],
    [
      'an aborted send',
      { rendered: rendered({ aborted: { reason: 'no ids', field: 'body' } }) },
      [],
      'Braze would not send to this sample user: no ids',
    ],
    ['the first rendering', { status: 'rendering', rendered: null }, [], 'The preview is still rendering.'],
    [
      'a failed rendering',
      {
        status: 'failed',
        rendered: null,
        error: { code: 'preview.closed', message: 'Worker crashed.', path: '', severity: 'error' },
      },
      [],
      'Worker crashed.',
    ],
  ])('%s', (_name, over, problems, expected) => {
    expect(sendBlockedReason(state(over), problems)?.text ?? null).toBe(expected);
  });

  it('points at the field to fix', () => {
    expect(sendBlockedReason(state({}), [credential])?.field).toBe('credentialName');
  });
});

describe('copyBlockedReason', () => {
  it('blocks copying for an error in the template', () => {
    expect(copyBlockedReason([credential])).toEqual({
      text: 'Fix Braze credential name first: Braze credential name cannot contain spaces, % or }.',
      field: 'credentialName',
    });
  });

  it.each([
    ['a subscription id of the sample user', badId],
    ['a per-user check', issue({ code: 'user.several-accounts', path: 'custom_attributes' })],
    ['a warning', issue({ severity: 'warning' })],
  ])('does not block copying for %s', (_name, problem) => {
    expect(copyBlockedReason([problem])).toBeNull();
  });
});
