import type { ReactNode } from 'react';
import { defaultDraft } from '../core/event';
import type { Draft } from '../core/event';
import { SAMPLE_USER_PRESETS } from '../core/sample-user';
import type { SampleUser } from '../core/sample-user';
import { renderForPreview } from '../features/preview/render-for-preview';
import { createInProcessRenderer } from '../features/preview/renderer';
import type { PreviewRenderer } from '../features/preview/renderer';
import { PreviewRendererProvider } from '../features/preview/renderer-context';

/** The in-process renderer the component tests use (jsdom has no Worker). */
const inProcess = createInProcessRenderer(renderForPreview);

/** Returns the preset sample user with this id (throws on a typo). */
export function preset(id: string): SampleUser {
  const found = SAMPLE_USER_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.user;
}

/** Returns the default draft with some fields changed. */
export function draftWith(changes: Partial<Draft>): Draft {
  return { ...defaultDraft(), ...changes };
}

/** Returns a testing-library wrapper providing `renderer`. */
export function withRenderer(renderer: PreviewRenderer = inProcess) {
  return function Wrapper(props: { children: ReactNode }) {
    return <PreviewRendererProvider renderer={renderer}>{props.children}</PreviewRendererProvider>;
  };
}
