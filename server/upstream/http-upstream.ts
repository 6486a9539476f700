import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ByteCollector } from './byte-collector';
import { damagedError, redirectError, timeoutError, unreachableError } from './upstream-errors';
import { remainingMs, type Upstream, type UpstreamReply } from './upstream';

/** An Upstream over node:http/https with keep-alive agents, plus a way to close their idle sockets. */
export interface HttpUpstream {
  call: Upstream;
  close(): void;
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Calls upstream with `http.request` over keep-alive agents: asks for `identity` encoding (and, when an upstream
 * compresses anyway, decompresses only up to the cap), drops the connection at the byte cap or the deadline, and
 * treats any 3xx as a refused redirect.
 */
export function createHttpUpstream(): HttpUpstream {
  const agentOptions = { keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 30_000 };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  const call: Upstream = (request) =>
    new Promise<UpstreamReply>((resolve, reject) => {
      const left = remainingMs(request.deadline);
      if (left <= 0) return reject(timeoutError(request.what, request.budgetMs, false));
      const url = new URL(request.url);
      const secure = url.protocol === 'https:';
      let answering = false;
      let done = false;
      const finish = (error: Error | null, reply?: UpstreamReply) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (error) {
          req.destroy();
          reject(error);
        } else resolve(reply as UpstreamReply);
      };
      const req = (secure ? https : http).request(url, {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: {
          ...request.headers,
          'accept-encoding': 'identity',
          'content-length': String(Buffer.byteLength(request.body)),
        },
      });
      const timer = setTimeout(
        () => finish(timeoutError(request.what, request.budgetMs, answering)),
        Math.ceil(left),
      );
      req.on('error', () => finish(unreachableError(request.what, answering)));
      req.on('response', (res) => {
        answering = true;
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) return finish(redirectError(request.what, status));
        const decoder = decoderFor(res.headers['content-encoding']);
        const source: Readable = decoder ? res.pipe(decoder) : res;
        const body = new ByteCollector(request.maxBytes);
        const complete = () => {
          const headers = flatHeaders(res.headers);
          if (decoder) delete headers['content-encoding'];
          finish(null, { status, headers, body: body.text(), truncated: body.full });
        };
        decoder?.on('error', () => finish(damagedError(request.what)));
        res.on('error', () => finish(unreachableError(request.what, true)));
        res.on('close', () => {
          if (!res.complete) finish(unreachableError(request.what, true));
        });
        source.on('data', (chunk: Buffer) => {
          if (done) return;
          if (!body.add(chunk)) {
            // At the cap: stop reading and drop the connection rather than drain the rest.
            complete();
            decoder?.destroy();
            res.destroy();
            req.destroy();
          }
        });
        source.on('end', complete);
      });
      req.end(request.body);
    });

  return {
    call,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
