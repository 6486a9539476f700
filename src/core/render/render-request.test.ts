import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import guideCreate from '../fixtures/guide-create.template.json';
import guideUpdate from '../fixtures/guide-update.template.json';
import guideUser from '../fixtures/guide-user.json';
import type { SampleUser } from '../sample-user';
import { LIMITS } from '../liquid';
import { buildTemplate } from '../template';
import type { BrazeTemplate } from '../template';
import { prepareRequest } from './prepare-request';
import { renderRequest } from './render-request';

const CREATE = guideCreate as BrazeTemplate;
const UPDATE = guideUpdate as BrazeTemplate;
const USER = guideUser as SampleUser;
const NO_ROKT: SampleUser = {
  user_id: 'u2',
  custom_attributes: {},
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
};
const codes = (issues: { code: string; path: string }[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('renderRequest', () => {
  it('renders the partner guide create template for the guide user', async () => {
    const r = await renderRequest(CREATE, USER);
    expect(r.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/brazetest');
    expect(r.headers).toEqual([
      { name: 'Authorization', value: 'Bearer PREVIEW_TOKEN' },
      { name: 'Content-Type', value: 'application/json' },
    ]);
    expect(r.json).toMatchObject({
      event: { eventId: 'Event_0001_braze-user-1', notifyBefore: '15' },
      subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36', '3f1c9a52-7d0e-4b8a-9c61-2e5f8d4b7a10'],
    });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual([
      'rokt.zero-duration event.end',
      'rokt.notify-before-quoted event.notifyBefore',
    ]);
    expect(r.aborted).toBeUndefined();
  });

  it('reports a user without Rokt attributes: no account code and empty subscription ids', async () => {
    const r = await renderRequest(CREATE, NO_ROKT);
    expect(r.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/');
    expect(codes(r.errors)).toEqual([
      'request.account-code-missing url',
      'rokt.subscription-ids-empty subscriptionIds',
    ]);
  });

  it('checks the update template against the update endpoint', async () => {
    const r = await renderRequest(UPDATE, USER);
    expect(r.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update');
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual([
      'rokt.zero-duration event.end',
      'rokt.notify-before-quoted event.notifyBefore',
    ]);
  });

  it('does not let a variable saved in the Authorization header reach the body', async () => {
    const body = CREATE.body.replace('"title": "{{eventTitle}}"', '"title": "{{token.access_token}}"');
    const r = await renderRequest({ ...CREATE, body }, USER);
    expect(codes(r.errors)).toEqual(['braze.save-other-field body', 'rokt.required event.title']);
  });

  it('turns a quote in a captured title into json.invalid at the rendered line and column', async () => {
    const body = CREATE.body.replace('Event Title', 'Say "hi"');
    const r = await renderRequest({ ...CREATE, body }, USER);
    expect(r.json).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'json.invalid', line: 13, column: 20 });
    expect(r.errors[0]?.message).toContain('"title"');
  });

  it('reports the Spanish guide Portador header once, with its position', async () => {
    const headers = CREATE.headers.map((h) =>
      h.name === 'Authorization' ? { ...h, value: h.value.replace('Bearer', 'Portador') } : h,
    );
    const r = await renderRequest({ ...CREATE, headers }, USER);
    expect(codes(r.errors)).toEqual(['braze.portador headers.Authorization']);
    expect(r.errors[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('reports a Liquid problem in its field with a position', async () => {
    const r = await renderRequest(
      { ...CREATE, url: `${CREATE.url}{{ accountCode | no_such_filter }}` },
      USER,
    );
    const problem = r.errors.find((i) => i.field === 'url');
    expect(problem).toMatchObject({ path: 'url', line: 1 });
    expect(problem?.column).toBeGreaterThan(1);
  });

  it('treats abort_message as a skipped user, not an error', async () => {
    const body = `{% abort_message('no subscriptions') %}${CREATE.body}`;
    const r = await renderRequest({ ...CREATE, body }, NO_ROKT);
    expect(r.aborted).toEqual({ reason: 'no subscriptions', field: 'body' });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['render.aborted body']);
    expect(r.warnings[0]?.message).toContain('Braze would skip this user');
  });

  it('renders a built template cleanly, and aborts for a user without subscriptions', async () => {
    const template = buildTemplate(defaultDraft());
    const ok = await renderRequest(template, USER);
    expect(ok.errors).toEqual([]);
    expect(ok.warnings).toEqual([]);
    const skipped = await renderRequest(template, NO_ROKT);
    expect(skipped.aborted?.field).toBe('body');
  });

  it('trims whitespace around the rendered URL', async () => {
    const r = await renderRequest({ ...CREATE, url: `\n  ${CREATE.url}\n` }, USER);
    expect(r.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/brazetest');
  });

  it('refuses a 1 MB body before scanning it, naming the limit and nothing else', async () => {
    // Every pitfall the scan knows is in here a thousand times over: none may be reported.
    const piece = '{% connected_content https://x.test :save t %}“{{${first_name}}}”';
    const body = `{"event": {"title": "${piece.repeat(Math.ceil(1_000_000 / piece.length))}"}}`;
    const r = await renderRequest({ ...CREATE, body }, USER);
    expect(codes(r.errors)).toEqual(['liquid.limit body']);
    expect(r.errors[0]?.message).toContain('the preview renders up to 200,000');
    expect(r.warnings).toEqual([]);
  });

  it('still scans a template just under the limit', async () => {
    const body = `${CREATE.body}${' '.repeat(LIMITS.parseLimit - CREATE.body.length - 20)}{{ “x” }}`;
    expect(body.length).toBeLessThanOrEqual(LIMITS.parseLimit);
    const r = await renderRequest({ ...CREATE, body }, USER);
    expect(codes(r.errors)).toContain('braze.curly-quotes-liquid body');
    expect(r.errors.map((e) => e.message).join('\n')).not.toContain('the preview renders up to');
  });
});

describe('a header whose Liquid fails', () => {
  it('is reported at that header, by name', async () => {
    const template = {
      ...CREATE,
      headers: [...CREATE.headers, { name: 'X-Campaign', value: '{{ a | no_such_filter }}' }],
    };
    const r = await renderRequest(template, USER);
    expect(r.errors.map((i) => `${i.code} ${i.path} ${i.field}`)).toContain(
      'liquid.unknown-filter headers.X-Campaign headers',
    );
  });
});

describe('prepareRequest: one template prepared for many users', () => {
  const NOW = new Date('2027-01-15T12:00:00Z');

  it('gives each user the request renderRequest resolves to', async () => {
    const run = prepareRequest(CREATE, { now: NOW });
    expect(run).not.toBeNull();
    for (const user of [USER, NO_ROKT])
      expect(run!(user)).toEqual(await renderRequest(CREATE, user, { now: NOW }));
  });

  it('is null when a field calls a Connected Content resolver other than the preview', () => {
    const connectedContent = () => ({ access_token: 'LIVE_TOKEN' });
    expect(prepareRequest(CREATE, { now: NOW, connectedContent })).toBeNull();
  });

  it('leaves out the template scan when a field is over the parse limit', () => {
    const body = `${CREATE.body}${' '.repeat(LIMITS.parseLimit)}{{ “x” }}`;
    const r = prepareRequest({ ...CREATE, body }, { now: NOW })!(USER);
    expect(codes(r.errors)).toEqual(['liquid.limit body']);
  });
});

describe('which checks a rendered request gets', () => {
  const NO_TITLE = CREATE.body.replace(/"title": "[^"]*",/, '');

  it('checks a body against Rokt only when the URL names a Rokt endpoint', async () => {
    expect(NO_TITLE).not.toContain('"title"');
    const rokt = await renderRequest({ ...CREATE, body: NO_TITLE }, USER);
    expect(codes(rokt.errors)).toContain('rokt.required event.title');
    const other = await renderRequest(
      { ...CREATE, url: 'https://hooks.example.com/calendar', body: NO_TITLE },
      USER,
    );
    expect(codes(other.errors)).toEqual(['request.url-host url']);
  });

  it('leaves out the URL and header checks when the URL could not be rendered', async () => {
    const r = await renderRequest({ ...CREATE, url: '{{ code | no_such_filter }}' }, USER);
    expect(codes(r.errors)).toEqual(['liquid.unknown-filter url']);
  });

  it('leaves out the URL and header checks when one header could not be rendered', async () => {
    const headers = [
      { name: 'X-Campaign', value: 'spring' },
      { name: 'Authorization', value: 'Bearer {{ token | no_such_filter }}' },
      { name: 'Content-Type', value: 'application/json' },
    ];
    const r = await renderRequest({ ...CREATE, headers }, USER);
    expect(codes(r.errors)).toEqual(['liquid.unknown-filter headers.Authorization']);
  });

  it('reports only the first field that stops the send', async () => {
    const stop = (reason: string) => `{% abort_message('${reason}') %}`;
    const r = await renderRequest({ ...CREATE, url: stop('no code'), body: stop('no ids') }, USER);
    expect(r.aborted).toEqual({ reason: 'no code', field: 'url' });
    expect(codes(r.warnings)).toEqual(['render.aborted url']);
  });

  it('still scans a field exactly at the parse limit', () => {
    const tail = '{{ “x” }}';
    const body = `${CREATE.body}${' '.repeat(LIMITS.parseLimit - CREATE.body.length - tail.length)}${tail}`;
    expect(body).toHaveLength(LIMITS.parseLimit);
    const r = prepareRequest({ ...CREATE, body }, { now: new Date('2027-01-15T12:00:00Z') })!(USER);
    expect(codes(r.errors)).toContain('braze.curly-quotes-liquid body');
  });
});

describe('the template scan, remembered for the last template', () => {
  const withHeader = (value: string, body = CREATE.body): BrazeTemplate => ({
    ...CREATE,
    headers: [...CREATE.headers, { name: 'X-Note', value }],
    body,
  });
  const scanned = (r: { errors: { code: string; path: string }[] }) =>
    codes(r.errors).filter((c) => c.startsWith('braze.'));

  it('scans again when only a header changed', async () => {
    expect(scanned(await renderRequest(withHeader('{{ “x” }}'), USER))).toEqual([
      'braze.curly-quotes-liquid headers.X-Note',
    ]);
    expect(scanned(await renderRequest(withHeader('plain'), USER))).toEqual([]);
  });

  it('scans again when text moved from a header to the body', async () => {
    expect(scanned(await renderRequest(withHeader('a{{ “x” }}'), USER))).toEqual([
      'braze.curly-quotes-liquid headers.X-Note',
    ]);
    const moved = await renderRequest(withHeader('a', `{{ “x” }}${CREATE.body}`), USER);
    expect(scanned(moved)).toEqual(['braze.curly-quotes-liquid body']);
  });
});
