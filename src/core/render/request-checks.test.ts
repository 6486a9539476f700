import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import type { BrazeTemplate } from '../template';
import type { FieldRef } from './field-issues';
import { MEMO_SIZE, type RequestChecks, directChecks, rememberedChecks } from './request-checks';

describe('directChecks.endpoint: the endpoint a rendered URL body is checked against', () => {
  it.each([
    ['https://api.roktcalendar.com/v1/subscriptionevent/brazetest', 'create'],
    ['https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update', 'update'],
    // No account code: not a Rokt URL, but the body is still checked against the endpoint the path names.
    ['https://api.roktcalendar.com/v1/subscriptionevent/', 'create'],
    ['https://api.roktcalendar.com/v1/subscriptionevent//update', 'update'],
    ['https://api.roktcalendar.com/V1/SubscriptionEvent//UPDATE/', 'update'],
    ['https://api.roktcalendar.com/v1/subscriptionevent//update/x', 'create'],
    ['https://api.roktcalendar.com/v1/subscriptionevent//updates', 'create'],
    ['https://hooks.example.com/calendar', null],
    ['https://api.roktcalendar.com/oauth2/token', null],
  ])('%s -> %s', (url, endpoint) => {
    expect(directChecks.endpoint(url)).toBe(endpoint);
  });
});

const issue = (code: string): Issue => ({ code, path: 'url', severity: 'error', message: code });
const TEMPLATE: BrazeTemplate = {
  url: 'https://api.roktcalendar.com/v1/subscriptionevent/{{code}}',
  method: 'POST',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: '{}',
};

/** Checks that answer from their input and count how often each was asked. */
function countingChecks() {
  const asked: string[] = [];
  const checks: RequestChecks = {
    rendered: (r) => {
      const text = `${r.url} ${r.headers.map((h) => `${h.name}=${h.value}`).join(' ')}`;
      asked.push(`rendered ${text}`);
      return [issue(text)];
    },
    endpoint: (url) => {
      asked.push(`endpoint ${url}`);
      return url.endsWith('/update') ? 'update' : 'create';
    },
    refs: (template) => {
      asked.push('refs');
      return directChecks.refs(template);
    },
    laxWarnings: (ref, result) => {
      asked.push(`lax ${ref.path}`);
      return directChecks.laxWarnings(ref, result);
    },
  };
  return { asked, checks };
}

const request = (url: string, headers: { name: string; value: string }[] = []) => ({
  url,
  method: 'POST' as const,
  headers,
});

describe('rememberedChecks: the same answers, each made once per distinct text', () => {
  it('answers a repeated URL from memory and a new URL afresh', () => {
    const { asked, checks } = countingChecks();
    const remembered = rememberedChecks(checks);
    expect(remembered.endpoint('https://x.test/a')).toBe('create');
    expect(remembered.endpoint('https://x.test/a/update')).toBe('update');
    expect(remembered.endpoint('https://x.test/a')).toBe('create');
    expect(remembered.rendered(request('https://x.test/a'))).toEqual([issue('https://x.test/a ')]);
    expect(remembered.rendered(request('https://x.test/a'))).toEqual([issue('https://x.test/a ')]);
    expect(asked).toEqual([
      'endpoint https://x.test/a',
      'endpoint https://x.test/a/update',
      'rendered https://x.test/a ',
    ]);
  });

  it(`keeps at most ${MEMO_SIZE} answers: the next new one forgets the oldest`, () => {
    const { asked, checks } = countingChecks();
    const remembered = rememberedChecks(checks);
    const urls = Array.from({ length: MEMO_SIZE }, (_, i) => `https://x.test/${i}`);
    for (const url of urls) remembered.endpoint(url);
    remembered.endpoint(urls[0]!); // still remembered: the memory holds exactly MEMO_SIZE
    expect(asked).toHaveLength(MEMO_SIZE);
    remembered.endpoint('https://x.test/new');
    remembered.endpoint(urls[0]!); // forgotten when the memory was full
    expect(asked.slice(MEMO_SIZE)).toEqual(['endpoint https://x.test/new', 'endpoint https://x.test/0']);
    remembered.endpoint('https://x.test/new');
    expect(asked).toHaveLength(MEMO_SIZE + 2);
  });

  it(`bounds the rendered-request answers the same way`, () => {
    const { asked, checks } = countingChecks();
    const remembered = rememberedChecks(checks);
    for (let i = 0; i < MEMO_SIZE; i++) remembered.rendered(request(`https://x.test/${i}`));
    remembered.rendered(request('https://x.test/0'));
    expect(asked).toHaveLength(MEMO_SIZE);
    remembered.rendered(request('https://x.test/new'));
    remembered.rendered(request('https://x.test/0'));
    expect(asked).toHaveLength(MEMO_SIZE + 2);
  });

  it('tells apart header values that only differ in which header holds the text', () => {
    const remembered = rememberedChecks(countingChecks().checks);
    const first = request('https://x.test/a', [
      { name: 'X-A', value: 'X-B' },
      { name: 'X-B', value: '' },
    ]);
    const second = request('https://x.test/a', [
      { name: 'X-A', value: '' },
      { name: 'X-B', value: 'X-B' },
    ]);
    expect(remembered.rendered(first)).toEqual([issue('https://x.test/a X-A=X-B X-B=')]);
    expect(remembered.rendered(second)).toEqual([issue('https://x.test/a X-A= X-B=X-B')]);
  });

  it('makes the field references once per template, and again for another template', () => {
    const { asked, checks } = countingChecks();
    const remembered = rememberedChecks(checks);
    const refs: FieldRef[] = [
      { field: 'url', path: 'url' },
      { field: 'headers', path: 'headers.Content-Type' },
      { field: 'body', path: 'body' },
    ];
    expect(remembered.refs(TEMPLATE)).toEqual(refs);
    expect(remembered.refs(TEMPLATE)).toEqual(refs);
    const other = { ...TEMPLATE, headers: [] };
    expect(remembered.refs(other)).toEqual([refs[0], refs[2]]);
    expect(asked).toEqual(['refs', 'refs']);
  });

  it("makes a prepared field's lax warnings once, and none for a render without warnings", () => {
    const { asked, checks } = countingChecks();
    const remembered = rememberedChecks(checks);
    const url: FieldRef = { field: 'url', path: 'url' };
    const body: FieldRef = { field: 'body', path: 'body' };
    const warnings = [
      { code: 'liquid.lax-unclosed', message: 'Lax Liquid.', line: 1, column: 3, excerpt: '{{ a' },
    ];
    const result = { ok: true as const, output: '', warnings };
    const expected = directChecks.laxWarnings(body, result);
    expect(expected.map((i) => `${i.code} ${i.path} ${i.line}:${i.column}`)).toEqual([
      'liquid.lax-unclosed body 1:3',
    ]);
    expect(remembered.laxWarnings(body, result)).toEqual(expected);
    expect(remembered.laxWarnings(body, { ...result })).toEqual(expected);
    expect(remembered.laxWarnings(url, result)).toEqual(directChecks.laxWarnings(url, result));
    expect(remembered.laxWarnings(body, { ok: true, output: '' })).toEqual([]);
    expect(asked).toEqual(['lax body', 'lax url']);
  });
});
