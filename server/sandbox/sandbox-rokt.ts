import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { SandboxErrorCode } from '../../src/core/api';
import { validateRoktBody } from '../../src/core/validate';
import { SANDBOX_CLIENT } from '../config';
import type { SandboxStore } from './sandbox-store';

export interface SandboxRoktOptions {
  store: SandboxStore;
  now: () => number;
  tokenTtlSeconds: number;
}

/** What the sandbox needs from whoever calls it: the browser scope the events belong to. */
export type SandboxEnv = { Variables: { sandboxScope: string } };

/** Live sandbox tokens kept at once; the oldest is forgotten first. */
export const MAX_SANDBOX_TOKENS = 200;

const fail = (code: SandboxErrorCode, message: string, params: Record<string, string> = {}) => ({
  error: { code, message, params },
});

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Checks `Authorization: Basic …` against the built-in sandbox client. */
function basicIsSandboxClient(header: string | undefined): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  return sameText(decoded, `${SANDBOX_CLIENT.id}:${SANDBOX_CLIENT.secret}`);
}

/**
 * An imitation of Rokt's Calendar API: client-credentials token endpoint (Basic auth, short-lived tokens) and the
 * create/update subscription event endpoints (Bearer auth, core validation, 202). Events go to the store under the
 * scope the caller set in `sandboxScope`; an update for an unknown event id is answered 404.
 */
export function createSandboxRokt(options: SandboxRoktOptions): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  // Insertion order = oldest first, so the cap drops the oldest token.
  const tokens = new Map<string, number>();

  // In-process calls (from the proxy) pass the scope in the env; calls through the server get it from the cookie.
  app.use('*', async (c, next) => {
    const fromEnv = (c.env as { sandboxScope?: unknown } | undefined)?.sandboxScope;
    if (typeof fromEnv === 'string') c.set('sandboxScope', fromEnv);
    else if (typeof c.get('sandboxScope') !== 'string') c.set('sandboxScope', 'shared');
    await next();
  });

  app.post('/oauth2/token', async (c) => {
    if (!basicIsSandboxClient(c.req.header('authorization'))) {
      c.header('WWW-Authenticate', 'Basic realm="sandbox"');
      return c.json(fail('invalid_client', 'Unknown client id or wrong secret.'), 401);
    }
    const form = new URLSearchParams(await c.req.text());
    if (form.get('grant_type') !== 'client_credentials') {
      return c.json(fail('unsupported_grant_type', 'Only grant_type=client_credentials is supported.'), 400);
    }
    const now = options.now();
    for (const [token, expires] of tokens) if (expires <= now) tokens.delete(token);
    while (tokens.size >= MAX_SANDBOX_TOKENS) tokens.delete(tokens.keys().next().value as string);
    const token = `sbx_${randomBytes(24).toString('hex')}`;
    tokens.set(token, now + options.tokenTtlSeconds * 1000);
    c.header('Cache-Control', 'no-store');
    return c.json({ access_token: token, token_type: 'Bearer', expires_in: options.tokenTtlSeconds });
  });

  const accept = (endpoint: 'create' | 'update') =>
    app.post(
      endpoint === 'create'
        ? '/v1/subscriptionevent/:accountCode'
        : '/v1/subscriptionevent/:accountCode/update',
      async (c) => {
        const bearer = /^Bearer\s+(\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
        const expires = bearer ? tokens.get(bearer) : undefined;
        if (!bearer || expires === undefined || expires <= options.now()) {
          return c.json(fail('invalid_token', 'The access token is missing, unknown or expired.'), 401);
        }
        let json: unknown;
        try {
          json = JSON.parse(await c.req.text());
        } catch {
          return c.json(fail('invalid_json', 'The body is not valid JSON.'), 400);
        }
        const errors = validateRoktBody(json, endpoint).filter((issue) => issue.severity === 'error');
        if (errors.length > 0) {
          return c.json(
            { ...fail('validation_failed', errors.map((e) => e.message).join(' ')), issues: errors },
            400,
          );
        }
        const accountCode = c.req.param('accountCode');
        const accepted = {
          accountCode,
          endpoint,
          receivedAt: new Date(options.now()).toISOString(),
          body: json,
        };
        const scope = c.get('sandboxScope');
        const stored =
          endpoint === 'create'
            ? options.store.create(scope, accepted)
            : options.store.update(scope, accepted);
        if (!stored) {
          return c.json(
            fail(
              'event_not_found',
              `There is no event with this id in account "${accountCode}" of the sandbox, so there is nothing to update. Send it as a new event first, or check the event id.`,
              { accountCode },
            ),
            404,
          );
        }
        return c.json(
          { status: 'Accepted', message: 'Queued (sandbox).', eventId: stored.event.eventId },
          202,
        );
      },
    );
  accept('create');
  accept('update');
  return app;
}
