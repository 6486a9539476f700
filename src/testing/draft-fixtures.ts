/** Shared test helpers for whole-request renderings of composer drafts for the sample user presets. */
import { defaultDraft, type Draft } from '../core/event';
import { previewConnectedContent } from '../core/liquid';
import { renderRequest } from '../core/render';
import { SAMPLE_USER_PRESETS, type SampleUser } from '../core/sample-user';
import { buildTemplate } from '../core/template';

/** The sample user of preset `id` ('guide', 'multi', 'none'). */
export const presetUser = (id: string): SampleUser => SAMPLE_USER_PRESETS.find((p) => p.id === id)!.user;

/** The default draft with `over` and `options` applied. */
export function draftWith(over: Partial<Draft> = {}, options: Partial<Draft['options']> = {}): Draft {
  const d = defaultDraft();
  return { ...d, ...over, options: { ...d.options, ...options } };
}

/** The request `draft` renders to for preset `userId`, as the preview shows it. */
export const renderDraft = (draft: Draft, userId = 'guide') =>
  renderRequest(buildTemplate(draft), presetUser(userId), { connectedContent: previewConnectedContent });
