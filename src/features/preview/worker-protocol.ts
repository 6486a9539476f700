import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';

/** Main thread -> worker: render this template for this user. */
export interface RenderMessage {
  type: 'render';
  id: number;
  template: BrazeTemplate;
  user: SampleUser;
}

/** Worker -> main thread: the worker has loaded, the rendered request, or an unexpected failure. */
export type WorkerAnswer =
  | { type: 'ready' }
  | { type: 'result'; id: number; request: RenderedRequest }
  | {
      type: 'error';
      id: number;
      message: string;
      /** The engine's own text, quoted by the interface. */ detail: string;
    };
