import { ByteCollector } from './byte-collector';
import { redirectError, timeoutError, unreachableError } from './upstream-errors';
import { remainingMs, type Upstream, type UpstreamRequest } from './upstream';

/** A fetch-shaped function; it also receives the request being made (the in-process sandbox reads its scope). */
export type FetchLike = (url: string, init: RequestInit, request: UpstreamRequest) => Promise<Response>;

/**
 * An Upstream over a fetch-shaped function (the in-process sandbox, or a scripted fetch in tests), with the same
 * promises as the network one: `redirect: 'manual'` and any 3xx refused, the body read as a stream and cancelled
 * at the byte cap, one deadline for headers and body.
 */
export function createFetchUpstream(fetchImpl: FetchLike): Upstream {
  return async (request) => {
    const left = remainingMs(request.deadline);
    if (left <= 0) throw timeoutError(request.what, request.budgetMs, false);
    const controller = new AbortController();
    let answering = false;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(timeoutError(request.what, request.budgetMs, answering));
      }, Math.ceil(left));
    });
    const run = async () => {
      let response: Response;
      try {
        response = await fetchImpl(
          request.url,
          {
            method: 'POST',
            headers: { ...request.headers, 'accept-encoding': 'identity' },
            body: request.body,
            redirect: 'manual',
            signal: controller.signal,
          },
          request,
        );
      } catch {
        throw timedOut
          ? timeoutError(request.what, request.budgetMs, false)
          : unreachableError(request.what, false);
      }
      answering = true;
      if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') {
        await response.body?.cancel().catch(() => undefined);
        throw redirectError(request.what, response.status);
      }
      const body = new ByteCollector(request.maxBytes);
      const reader = response.body?.getReader();
      try {
        while (reader) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!body.add(value)) {
            await reader.cancel().catch(() => undefined);
            controller.abort();
            break;
          }
        }
      } catch {
        throw timedOut
          ? timeoutError(request.what, request.budgetMs, true)
          : unreachableError(request.what, true);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      return { status: response.status, headers, body: body.text(), truncated: body.full };
    };
    try {
      return await Promise.race([run(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}
