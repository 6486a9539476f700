/** A failure talking to Rokt (or its token endpoint), mapped to the proxy's own status and a marketer's sentence. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly status: 502 | 504,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a fetch with a deadline, turning a timeout into a 504 and a network failure into a 502 UpstreamError. */
export async function fetchWithTimeout(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  what: string,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    return response;
  } catch (error) {
    if (controller.signal.aborted) {
      throw new UpstreamError(
        504,
        'upstream_timeout',
        `${what} did not answer within ${formatSeconds(timeoutMs)}. Nothing was confirmed; try again in a moment.`,
      );
    }
    void error;
    throw new UpstreamError(
      502,
      'upstream_unreachable',
      `${what} could not be reached (the connection failed). Check the server's network or try again later.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a response body as text under the same deadline as the request itself. */
export async function readTextWithTimeout(
  response: Response,
  timeoutMs: number,
  what: string,
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UpstreamError(
            504,
            'upstream_timeout',
            `${what} started answering but did not finish within ${formatSeconds(timeoutMs)}.`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([response.text(), deadline]);
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(502, 'upstream_unreachable', `${what} broke the connection while answering.`);
  } finally {
    clearTimeout(timer);
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
