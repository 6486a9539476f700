import { z } from 'zod';

/** Built-in sandbox client: the credentials the proxy uses against the in-process imitation of Rokt. */
export const SANDBOX_CLIENT = { id: 'sandbox-client', secret: 'sandbox-secret-not-for-production' };
/** Base URL of the in-process sandbox: never resolved on the network, only handed to the in-process fetch. */
export const SANDBOX_API_BASE = 'http://sandbox.rokt.invalid';

/** Everything the server needs, parsed once at start. */
export interface ServerConfig {
  host: string;
  port: number;
  mode: 'sandbox' | 'live';
  rokt: {
    clientId: string;
    clientSecret: string;
    apiBase: string;
    tokenUrl: string;
    timeoutMs: number;
  };
  rateLimitPerMinute: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: use the socket address). */
  trustProxy: number;
  /** Origins allowed to POST besides the server's own (e.g. behind a reverse proxy). */
  allowedOrigins: string[];
  sandboxTokenTtlSeconds: number;
  /** File that Content-Security-Policy violation reports are appended to (besides the log), or null. */
  cspReportFile: string | null;
  /** Folder with the built web app (`dist`), or null to serve the API only. */
  staticDir: string | null;
}

/** A configuration value the server cannot start with; `message` is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const upstreamUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.username || url.password || url.search || url.hash) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  }, 'must be an https:// URL without user info, query or fragment (http:// only for localhost)')
  .transform((value) => value.replace(/\/+$/, ''));

const int = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? fallback : Number(v)),
    z
      .number({ error: `must be a whole number between ${min} and ${max}` })
      .int(`must be a whole number between ${min} and ${max}`)
      .min(min, `must be a whole number between ${min} and ${max}`)
      .max(max, `must be a whole number between ${min} and ${max}`),
  );

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).optional());

const EnvSchema = z.object({
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: int(0, 65535, 8787),
  ROKT_CLIENT_ID: optionalText,
  ROKT_CLIENT_SECRET: optionalText,
  ROKT_API_BASE: z.preprocess((v) => (v === '' ? undefined : v), upstreamUrl.optional()),
  ROKT_TOKEN_URL: z.preprocess((v) => (v === '' ? undefined : v), upstreamUrl.optional()),
  ROKT_TIMEOUT_MS: int(1, 120_000, 10_000),
  RATE_LIMIT_PER_MINUTE: int(1, 100_000, 60),
  TRUST_PROXY: z.preprocess((v) => (v === 'true' ? 1 : v === 'false' ? 0 : v), int(0, 10, 0)),
  SANDBOX_TOKEN_TTL_SECONDS: int(2, 86_400, 300),
  CSP_REPORT_FILE: optionalText,
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
      'must be a comma-separated list of origins like https://composer.example.com',
    ),
});

/** A value as it may be echoed: any `user:password@` part of a URL is replaced by `***@`. */
function withoutUserInfo(value: string | undefined): string | undefined {
  return value?.replace(/^(\s*[a-z][a-z0-9+.-]*:\/*)[^@/?#\s]*@/i, '$1***@');
}

/** Parses the environment into a ServerConfig, or throws a ConfigError whose one-line message names the bad variable. */
export function parseConfig(
  env: Record<string, string | undefined>,
  staticDir: string | null = 'dist',
): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const secret = name === 'ROKT_CLIENT_SECRET';
    const shown = withoutUserInfo(env[name]);
    const got = secret || shown === undefined ? '' : ` (got ${JSON.stringify(shown)})`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${got}.`);
  }
  const e = parsed.data;
  if (Boolean(e.ROKT_CLIENT_ID) !== Boolean(e.ROKT_CLIENT_SECRET)) {
    const missing = e.ROKT_CLIENT_ID ? 'ROKT_CLIENT_SECRET' : 'ROKT_CLIENT_ID';
    throw new ConfigError(
      `Invalid configuration: ${missing} is missing; set both ROKT_CLIENT_ID and ROKT_CLIENT_SECRET for live mode, or neither for sandbox mode.`,
    );
  }
  const live = Boolean(e.ROKT_CLIENT_ID && e.ROKT_CLIENT_SECRET);
  const apiBase = live ? (e.ROKT_API_BASE ?? 'https://api.roktcalendar.com') : SANDBOX_API_BASE;
  return {
    host: e.HOST,
    port: e.PORT,
    mode: live ? 'live' : 'sandbox',
    rokt: {
      clientId: live ? (e.ROKT_CLIENT_ID as string) : SANDBOX_CLIENT.id,
      clientSecret: live ? (e.ROKT_CLIENT_SECRET as string) : SANDBOX_CLIENT.secret,
      apiBase,
      tokenUrl: live ? (e.ROKT_TOKEN_URL ?? `${apiBase}/oauth2/token`) : `${apiBase}/oauth2/token`,
      timeoutMs: e.ROKT_TIMEOUT_MS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: e.ALLOWED_ORIGINS,
    sandboxTokenTtlSeconds: e.SANDBOX_TOKEN_TTL_SECONDS,
    cspReportFile: e.CSP_REPORT_FILE ?? null,
    staticDir,
  };
}
