import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { validCreateBody } from '../src/testing/server';
import { startBundledServer } from './server-bundle';
import { quantile, round3 } from './stats';

export interface ProxyBench {
  /** Median through the proxy and straight to the stand-in, 50 connections flat out. */
  direct_p50_ms: number;
  proxied_p50_ms: number;
  overhead_p50_ms: number;
  rps: number;
  /** Median through a bare node:http pass-through to the same stand-in, one connection. */
  bare_http_p50_ms: number;
  /** What the proxy adds to one send beyond the bare pass-through, one connection. */
  overhead_single_ms: number;
  /** Proxy median / bare pass-through median, both at 50 connections. */
  overhead_ratio_50: number;
  /** Proxy process CPU (user + system) per send at a fixed 500 sends a second. */
  cpu_us_per_request: number;
  /** The bare pass-through's CPU per request under the same load, for comparison. */
  bare_cpu_us_per_request: number;
  token_requests: number;
}

const BODY = validCreateBody('Event_0001_bench');
const CLOCK_TICKS_PER_S = 100; // Linux USER_HZ

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

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
}

interface LoadRun {
  rps: number;
  p50_ms: number;
  requests: number;
}

/**
 * Runs autocannon with `connections` for `seconds` (flat out, or at `rate` requests a second in all) and returns
 * throughput and the median latency with sub-millisecond precision (autocannon's own percentiles are whole ms).
 */
async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
  rate?: number,
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
    ...(rate ? { overallRate: rate } : {}),
  }) as Promise<autocannon.Result> & Pick<autocannon.Instance, 'on'>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load.`);
  }
  return { rps: result.requests.average, p50_ms: quantile(times, 0.5), requests: times.length };
}

/** CPU microseconds per request the process `pid` spends at a fixed `rate` for `seconds` (after a warm-up). */
async function cpuPerRequest(
  pid: number,
  url: string,
  body: string,
  headers: Record<string, string>,
  rate: number,
  seconds: number,
): Promise<number> {
  await load(url, body, headers, 2, 10, rate);
  const before = cpuSeconds(pid);
  const run = await load(url, body, headers, seconds, 10, rate);
  return ((cpuSeconds(pid) - before) * 1e6) / run.requests;
}

/**
 * Load-tests /api/test-send (live mode) against a local Rokt stand-in, the stand-in directly and a bare
 * node:http pass-through to it: 50 connections flat out, one connection, and the proxy's CPU per request at a
 * fixed 500 requests a second.
 */
export async function benchProxy(seconds = 10): Promise<ProxyBench> {
  const standIn = start(['bench/rokt-stand-in.ts'], {});
  const children = [standIn];
  try {
    const { port: roktPort } = (await firstJsonLine(standIn)) as { port: number };
    const rokt = `http://127.0.0.1:${roktPort}`;
    const bare = start(['bench/bare-pass-through.ts', rokt], {});
    children.push(bare);
    const { port: barePort } = (await firstJsonLine(bare)) as { port: number };
    const proxy = startBundledServer(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        ROKT_CLIENT_ID: 'bench-client',
        ROKT_CLIENT_SECRET: 'bench-only',
        ROKT_API_BASE: rokt,
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      ['ignore', 'pipe', 'inherit'],
    );
    children.push(proxy);
    const { url: proxyBase } = (await firstJsonLine(proxy)) as { url: string };

    const json = { 'content-type': 'application/json' };
    const directUrl = `${rokt}/v1/subscriptionevent/brazetest`;
    const directHeaders = { ...json, authorization: 'Bearer bench-token' };
    const proxyUrl = `${proxyBase}/api/test-send`;
    const bareUrl = `http://127.0.0.1:${barePort}/`;
    const payload = JSON.stringify({
      url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
      body: BODY,
    });
    const direct = await load(directUrl, BODY, directHeaders, seconds, 50);
    const proxied = await load(proxyUrl, payload, json, seconds, 50);
    const bare50 = await load(bareUrl, payload, json, seconds, 50);
    // One connection, no queueing: what the proxy adds to a single send.
    const directAlone = await load(directUrl, BODY, directHeaders, 3, 1);
    const proxiedAlone = await load(proxyUrl, payload, json, 3, 1);
    const bareAlone = await load(bareUrl, payload, json, 3, 1);
    console.log(
      `proxy, one connection: direct p50 ${round3(directAlone.p50_ms)} ms, bare pass-through ${round3(bareAlone.p50_ms)} ms, proxied ${round3(proxiedAlone.p50_ms)} ms.`,
    );
    const cpu = await cpuPerRequest(proxy.pid as number, proxyUrl, payload, json, 500, 5);
    const bareCpu = await cpuPerRequest(bare.pid as number, bareUrl, payload, json, 500, 5);
    const stats = (await (await fetch(`${rokt}/__stats`)).json()) as { tokenRequests: number };
    return {
      direct_p50_ms: round3(direct.p50_ms),
      proxied_p50_ms: round3(proxied.p50_ms),
      overhead_p50_ms: round3(proxied.p50_ms - direct.p50_ms),
      rps: round3(proxied.rps),
      bare_http_p50_ms: round3(bareAlone.p50_ms),
      overhead_single_ms: round3(proxiedAlone.p50_ms - bareAlone.p50_ms),
      overhead_ratio_50: round3(proxied.p50_ms / bare50.p50_ms),
      cpu_us_per_request: Math.round(cpu),
      bare_cpu_us_per_request: Math.round(bareCpu),
      token_requests: stats.tokenRequests,
    };
  } finally {
    for (const child of children) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }
}
