import { request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createHttpServer } from './http-server';
import { CREATE_URL, testConfig, validCreateBody } from '../src/testing/server';

/** The real HTTP server on 127.0.0.1 with small limits, attacked with raw sockets that drip bytes. */
const LIMITS = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  keepAliveTimeoutMs: 300,
  checkIntervalMs: 100,
  perAddress: 5,
  total: 100,
};

let server: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createHttpServer(createApp(testConfig(), { logger: () => undefined }).fetch, LIMITS);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function open(localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.on('error', () => undefined);
    socket.once('error', reject);
    sockets.push(socket);
  });
}

/** Writes `piece` every 50 ms (at most `maxMs`) and resolves with how long the server kept the socket open. */
function drip(socket: Socket, first: string, piece: string, maxMs = 5000): Promise<number> {
  const started = performance.now();
  socket.write(first);
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (socket.destroyed || performance.now() - started > maxMs) return;
      socket.write(piece);
    }, 50);
    socket.once('close', () => {
      clearInterval(timer);
      resolve(performance.now() - started);
    });
    setTimeout(() => socket.destroy(), maxMs);
  });
}

function health(localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/health', localAddress, agent: false, timeout: 2000 },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('slow and greedy clients', () => {
  it('closes a connection that drips its headers once the header timeout passes', async () => {
    const socket = await open();
    const heldMs = await drip(socket, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Drip: 1\r\n');
    expect(heldMs).toBeLessThanOrEqual(LIMITS.headersTimeoutMs + LIMITS.checkIntervalMs + 300);
  });

  it('closes a connection that drips its body once the request timeout passes', async () => {
    const socket = await open();
    const heldMs = await drip(
      socket,
      `POST /api/test-send HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{`,
      ' ',
    );
    expect(heldMs).toBeLessThanOrEqual(LIMITS.requestTimeoutMs + LIMITS.checkIntervalMs + 300);
  });

  it('refuses connections past the per-address cap at once, while other addresses are still served', async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.perAddress }, () => open()));
    const extra = await open();
    const closed = await new Promise<boolean>((resolve) => {
      extra.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 300);
    });
    expect(closed).toBe(true);
    expect(await health('127.0.0.2')).toBe(200);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await health('127.0.0.1')).toBe(200);
  });

  it('answers 413 to a declared 10 MB body before reading it', async () => {
    const socket = await open();
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\r\n\r\n')) resolve(text);
      });
      socket.write(
        `POST /api/test-send HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n{`,
      );
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    socket.destroy();
  });

  it('serves a legitimate 60 KB send sent at an ordinary pace', async () => {
    const body = validCreateBody().replace('Doors open at 3 pm.', 'x'.repeat(60 * 1024));
    const payload = JSON.stringify({ url: CREATE_URL, body });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/test-send',
          agent: false,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // In 4 pieces, 100 ms apart: slow, but well within the request timeout.
      const quarter = Math.ceil(payload.length / 4);
      let i = 0;
      const next = () => {
        const piece = payload.slice(i * quarter, (i + 1) * quarter);
        i += 1;
        if (i >= 4) req.end(piece);
        else {
          req.write(piece);
          setTimeout(next, 100);
        }
      };
      next();
    });
    expect(status).toBe(200);
  });
});
