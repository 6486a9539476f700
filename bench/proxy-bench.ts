import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { validCreateBody } from '../src/testing/server';
import { quantile, round3 } from './stats';

export interface ProxyBench {
  direct_p50_ms: number;
  proxied_p50_ms: number;
  overhead_p50_ms: number;
  rps: number;
  token_requests: number;
}

const BODY = validCreateBody('Event_0001_bench');

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function firstJsonLine(child: ChildProcess): Promise<Record<string, unknown>> {
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('{')) {
      // Keep draining stdout so the child never blocks on a full pipe (the proxy logs every request).
      child.stdout!.resume();
      return JSON.parse(line) as Record<string, unknown>;
    }
  }
  throw new Error('A benchmark server exited before it started listening.');
}

interface LoadRun {
  rps: number;
  p50_ms: number;
}

/**
 * Runs autocannon flat out with `connections` for `seconds` and returns throughput and the median latency with
 * sub-millisecond precision (autocannon's own percentiles are whole milliseconds).
 */
async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<LoadRun> {
  const times: number[] = [];
  // Without a callback autocannon returns its running instance, an event emitter that is also a promise.
  const instance = autocannon({
    url,
    method: 'POST',
    body,
    headers,
    connections,
    duration: seconds,
  }) as Promise<autocannon.Result> & Pick<autocannon.Instance, 'on'>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load.`);
  }
  return { rps: result.requests.average, p50_ms: quantile(times, 0.5) };
}

/**
 * Load-tests /api/test-send against a local Rokt stand-in and the stand-in directly, 50 connections for `seconds`
 * each; also prints the overhead of a single send on one connection.
 */
export async function benchProxy(seconds = 10): Promise<ProxyBench> {
  const standIn = start(['bench/rokt-stand-in.ts'], {});
  const children = [standIn];
  try {
    const { port: roktPort } = (await firstJsonLine(standIn)) as { port: number };
    const rokt = `http://127.0.0.1:${roktPort}`;
    const proxyPort = 8790 + Math.floor(Math.random() * 100);
    const proxy = start(['server/main.ts'], {
      PORT: String(proxyPort),
      HOST: '127.0.0.1',
      ROKT_CLIENT_ID: 'bench-client',
      ROKT_CLIENT_SECRET: 'bench-only',
      ROKT_API_BASE: rokt,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    children.push(proxy);
    await firstJsonLine(proxy);

    const json = { 'content-type': 'application/json' };
    const directUrl = `${rokt}/v1/subscriptionevent/brazetest`;
    const directHeaders = { ...json, authorization: 'Bearer bench-token' };
    const proxyUrl = `http://127.0.0.1:${proxyPort}/api/test-send`;
    const payload = JSON.stringify({
      url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
      body: BODY,
    });
    const direct = await load(directUrl, BODY, directHeaders, seconds, 50);
    const proxied = await load(proxyUrl, payload, json, seconds, 50);
    // One connection, no queueing: what the proxy adds to a single send.
    const directAlone = await load(directUrl, BODY, directHeaders, 3, 1);
    const proxiedAlone = await load(proxyUrl, payload, json, 3, 1);
    console.log(
      `proxy, one connection: direct p50 ${round3(directAlone.p50_ms)} ms, proxied p50 ${round3(proxiedAlone.p50_ms)} ms, ` +
        `overhead ${round3(proxiedAlone.p50_ms - directAlone.p50_ms)} ms.`,
    );
    const stats = (await (await fetch(`${rokt}/__stats`)).json()) as { tokenRequests: number };
    return {
      direct_p50_ms: round3(direct.p50_ms),
      proxied_p50_ms: round3(proxied.p50_ms),
      overhead_p50_ms: round3(proxied.p50_ms - direct.p50_ms),
      rps: round3(proxied.rps),
      token_requests: stats.tokenRequests,
    };
  } finally {
    for (const child of children) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }
}
