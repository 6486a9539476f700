import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, createGzip } from 'node:zlib';

/** How the stand-in's token endpoint behaves. */
export type TokenMode =
  | { kind: 'ok'; expiresIn?: number; delayMs?: number }
  | { kind: 'redirect'; status: 302 | 307; location: string };

/** A response of the stand-in's event endpoint, chosen by the account code in the URL. */
type Behaviour = (req: IncomingMessage, res: ServerResponse, body: string, token: string) => void;

/**
 * A Rokt that misbehaves on command, on 127.0.0.1 only: endless or dripping bodies, compression bombs, slow
 * headers, redirects, echoes of the token in every encoding. Every loop stops when the socket closes or after
 * `maxMs`, so no test can leave it running.
 */
export async function startHostileRokt(options: { gzipBomb?: Buffer; maxMs?: number } = {}) {
  const maxMs = options.maxMs ?? 10_000;
  const stats = { token: 0, events: 0, closedAt: [] as number[], open: 0 };
  let tokenMode: TokenMode = { kind: 'ok', expiresIn: 300 };
  let issued = 0;
  const timers = new Set<ReturnType<typeof setInterval>>();

  const stream = (res: ServerResponse, chunk: Buffer, everyMs: number) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (res.destroyed || Date.now() - started > maxMs) {
        clearInterval(timer);
        timers.delete(timer);
        res.destroy();
        return;
      }
      res.write(chunk);
    }, everyMs);
    timers.add(timer);
  };

  const behaviours: Record<string, Behaviour> = {
    // Headers at once, then 64 KB every 2 ms for ever (until the socket closes).
    endless: (_req, res) => {
      res.writeHead(202, { 'content-type': 'application/json' });
      stream(res, Buffer.alloc(64 * 1024, 0x61), 2);
    },
    // Headers at once, then one byte every 50 ms.
    drip: (_req, res) => {
      res.writeHead(202, { 'content-type': 'application/json' });
      stream(res, Buffer.from(' '), 50);
    },
    // No answer at all: the headers never come.
    silent: () => undefined,
    // A small gzip answer that inflates to far more than the cap, sent whatever Accept-Encoding said.
    gzipbomb: (_req, res) => {
      res.writeHead(202, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(options.gzipBomb);
    },
    redirect302: (_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:9/internal' });
      res.end();
    },
    redirect307: (_req, res) => {
      res.writeHead(307, { location: 'http://127.0.0.1:9/internal' });
      res.end();
    },
    // The token back in every encoding, in the headers and the body.
    echo: (_req, res, _body, token) => {
      const forms = encodedForms(token);
      res.writeHead(400, { 'content-type': 'text/plain', 'x-debug': forms.join(' ') });
      res.end([...forms, `auth=${_req.headers.authorization}`].join('\n'));
    },
    // The token placed so that it straddles the 256 KB cut.
    straddle: (_req, res, _body, token) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('x'.repeat(256 * 1024 - 5) + token + 'y'.repeat(100_000));
    },
    // As straddle, but the token starts just inside the bytes read past the cut, behind multi-byte text.
    straddleWide: (_req, res, _body, token) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      const wide = 'é'.repeat(100 * 1024); // 200 KB of UTF-8, 100 K characters
      res.end(wide + 'x'.repeat(256 * 1024 + 8 * 1024 - 200 * 1024 - 4) + token + 'y'.repeat(10_000));
    },
    accept: (_req, res) => {
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end('{"status":"Accepted"}');
    },
    // Rokt refusing every token (as if each had expired).
    expire: (_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"message":"expired"}');
    },
  };

  const server = createServer((req, res) => {
    stats.open += 1;
    res.on('close', () => {
      stats.open -= 1;
      stats.closedAt.push(performance.now());
    });
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/oauth2/token') {
        stats.token += 1;
        const mode = tokenMode;
        if (mode.kind === 'redirect') {
          res.writeHead(mode.status, { location: mode.location });
          return res.end();
        }
        issued += 1;
        const answer = JSON.stringify({
          access_token: tokenValue(issued),
          ...(mode.expiresIn === undefined ? {} : { expires_in: mode.expiresIn }),
        });
        const reply = () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(answer);
        };
        return void (mode.delayMs ? setTimeout(reply, mode.delayMs) : reply());
      }
      stats.events += 1;
      const account = /^\/v1\/subscriptionevent\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '';
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const [name, delay] = account.split('-');
      const behaviour = behaviours[name ?? ''] ?? behaviours.accept;
      const run = () => (behaviour as Behaviour)(req, res, body, token);
      if (delay) setTimeout(run, Number(delay));
      else run();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    stats,
    setToken: (mode: TokenMode) => (tokenMode = mode),
    lastToken: () => tokenValue(issued),
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Token values carry "+" and "/" so that URL- and JSON-escaping change them. */
const tokenValue = (n: number) => `hostile+tok/${'k'.repeat(20)}-${n}`;

/** The token in the encodings an upstream might echo it in. */
export function encodedForms(token: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [
    token,
    token.toUpperCase(),
    b64(token),
    b64(`Bearer ${token}`),
    Buffer.from(token).toString('base64url'),
    b64(token).toLowerCase(),
    encodeURIComponent(`${token}/`),
    [...Buffer.from(token)].map((b) => `%${b.toString(16).toUpperCase()}`).join(''),
    token.replace(/\//g, '\\/'),
    JSON.stringify(`${token}"`).slice(1, -1),
    [...token].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ];
}

/** Gzip of `megabytes` MB of zeros (about 1 KB per MB), made in streaming so the test never holds the inflated data. */
export async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await once(gzip, 'end');
  return Buffer.concat(parts);
}
