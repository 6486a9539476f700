import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';

/** How to run one render: `signal` cancels it while it waits; `background` lets interactive renders go first. */
export interface RenderCallOptions {
  signal?: AbortSignal;
  background?: boolean;
}

/** Renders a template for one user; the transport (Web Worker, in-process) is hidden behind it. */
export interface PreviewRenderer {
  /** Resolves with the rendered request; rejects with an Error whose message is shown to the user, or an AbortError when cancelled first. */
  render(template: BrazeTemplate, user: SampleUser, options?: RenderCallOptions): Promise<RenderedRequest>;
  /** Stops the underlying engine (terminates a worker); later calls may restart it. */
  dispose(): void;
}

/** The function that actually renders: core renderRequest with the preview's Connected Content placeholder. */
export type RenderFunction = (template: BrazeTemplate, user: SampleUser) => Promise<RenderedRequest>;

/** Returns the error a cancelled render rejects with (a DOMException named AbortError). */
export function abortError(): Error {
  return new DOMException('The preview request was superseded.', 'AbortError');
}

/** Tells whether an error only means "this render was cancelled" (nothing to show). */
export function isAbortError(error: unknown): boolean {
  // Not `instanceof Error`: some environments' DOMException (jsdom's) does not extend Error.
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Returns a renderer that runs `renderFn` on the calling thread (tests, and browsers without workers). */
export function createInProcessRenderer(renderFn: RenderFunction): PreviewRenderer {
  return {
    async render(template, user, options) {
      if (options?.signal?.aborted) throw abortError();
      const result = await renderFn(template, user);
      if (options?.signal?.aborted) throw abortError();
      return result;
    },
    dispose() {},
  };
}
