import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, SANDBOX_API_BASE } from './config';

describe('parseConfig', () => {
  it('defaults to sandbox mode on 127.0.0.1:8787 with a 10 s timeout and 60 sends a minute', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      mode: 'sandbox',
      rateLimitPerMinute: 60,
      rokt: { apiBase: SANDBOX_API_BASE, tokenUrl: `${SANDBOX_API_BASE}/oauth2/token`, timeoutMs: 10_000 },
      staticDir: 'dist',
    });
  });

  it('switches to live mode with both credentials and Rokt defaults', () => {
    const config = parseConfig({ ROKT_CLIENT_ID: 'id', ROKT_CLIENT_SECRET: 's3cret' });
    expect(config.mode).toBe('live');
    expect(config.rokt).toEqual({
      clientId: 'id',
      clientSecret: 's3cret',
      apiBase: 'https://api.roktcalendar.com',
      tokenUrl: 'https://api.roktcalendar.com/oauth2/token',
      timeoutMs: 10_000,
    });
  });

  it('derives the token URL from ROKT_API_BASE and keeps an explicit ROKT_TOKEN_URL', () => {
    const env = { ROKT_CLIENT_ID: 'id', ROKT_CLIENT_SECRET: 's', ROKT_API_BASE: 'http://127.0.0.1:9000/' };
    expect(parseConfig(env).rokt.tokenUrl).toBe('http://127.0.0.1:9000/oauth2/token');
    expect(parseConfig({ ...env, ROKT_TOKEN_URL: 'https://auth.example.com/token' }).rokt.tokenUrl).toBe(
      'https://auth.example.com/token',
    );
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 0 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ ROKT_TIMEOUT_MS: '1.5' }, 'ROKT_TIMEOUT_MS must be a whole number'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE must be a whole number'],
    [{ ROKT_API_BASE: 'http://rokt.example.com' }, 'ROKT_API_BASE must be an https:// URL'],
    [{ ROKT_TOKEN_URL: 'not a url' }, 'ROKT_TOKEN_URL must be an https:// URL'],
    [{ ALLOWED_ORIGINS: 'example.com' }, 'ALLOWED_ORIGINS must be a comma-separated list'],
    [{ ROKT_CLIENT_ID: 'id' }, 'ROKT_CLIENT_SECRET is missing'],
    [{ ROKT_CLIENT_SECRET: 'topsecret' }, 'ROKT_CLIENT_ID is missing'],
  ])('refuses %o with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as Error).message;
    expect(text).toContain(message);
    expect(text).not.toContain('\n');
    expect(text).not.toContain('topsecret');
  });
});
