import { describe, expect, it } from 'vitest';
import { splitConnectedContentArgs } from './connected-content';
import { renderBraze } from './render-braze';
import { GUIDE_AUTH, GUIDE_USER } from '../../testing/liquid-fixtures';
import type { ConnectedContentCall } from './types';

describe('connected_content', () => {
  it('passes the parsed guide call to the resolver and saves the answer', async () => {
    const calls: ConnectedContentCall[] = [];
    const result = await renderBraze(GUIDE_AUTH, GUIDE_USER, {
      connectedContent: async (call) => {
        calls.push(call);
        return { access_token: 'abc123', __http_status_code__: 200 };
      },
    });
    expect(result).toEqual({ ok: true, output: 'Bearer abc123' });
    expect(calls).toEqual([
      {
        url: 'https://api.roktcalendar.com/oauth2/token',
        method: 'POST',
        body: 'grant_type=client_credentials',
        basicAuth: '<Rokt-Calendar-API>',
        save: 'token',
        options: {
          method: 'post',
          basic_auth: '<Rokt-Calendar-API>',
          body: 'grant_type=client_credentials',
          save: 'token',
          retry: true,
        },
      },
    ]);
  });

  it('renders Liquid in the URL and options, parses headers and defaults to GET and `connected`', async () => {
    const calls: ConnectedContentCall[] = [];
    const source =
      '{% capture b %}id={{${user_id}}}&x=1{% endcapture %}' +
      '{% connected_content https://example.com/u/{{${user_id}}}?c={{custom_attribute.${rokt:account_code}[0] | url_param_escape}} ' +
      ':headers {"X-Id": "{{${user_id}}}", "Accept": "application/json"} :body {{b}} :content_type application/json :cache_max_age 900 :no_cache :rerender :auth_credentials creds %}' +
      '{{connected.__http_status_code__}}/{{connected.name}}';
    const result = await renderBraze(source, GUIDE_USER, {
      connectedContent: (call) => {
        calls.push(call);
        return { name: 'Ana', __http_status_code__: 200 };
      },
    });
    expect(result).toEqual({ ok: true, output: '200/Ana' });
    expect(calls[0]).toEqual({
      url: 'https://example.com/u/user-123?c=brazetest/f5733866ade2',
      method: 'GET',
      body: 'id=user-123&x=1',
      headers: { 'X-Id': 'user-123', Accept: 'application/json' },
      save: 'connected',
      options: {
        headers: '{"X-Id": "user-123", "Accept": "application/json"}',
        body: 'id=user-123&x=1',
        content_type: 'application/json',
        cache_max_age: '900',
        no_cache: true,
        rerender: true,
        auth_credentials: 'creds',
      },
    });
  });

  it.each([
    ['throws', () => Promise.reject(new Error('401 Unauthorized'))],
    [
      'throws synchronously',
      () => {
        throw new Error('401 Unauthorized');
      },
    ],
  ])('reports a resolver that %s', async (_name, resolver) => {
    const result = await renderBraze(`x\n${GUIDE_AUTH}`, GUIDE_USER, { connectedContent: resolver });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'connected-content.failed', line: 2, column: 8 },
    });
    expect(result.ok || result.problem?.message).toMatch(/oauth2\/token failed: 401 Unauthorized/);
  });

  it('reports headers that are not a JSON object', async () => {
    const result = await renderBraze('{% connected_content https://x.test :headers nope %}', GUIDE_USER);
    expect(result).toMatchObject({ ok: false, problem: { code: 'connected-content.headers' } });
  });

  it.each([
    ['https://a.test/x :save r', { url: 'https://a.test/x', options: [['save', 'r']] }],
    [
      'https://a.test :headers {"a": "b :c"} :retry',
      {
        url: 'https://a.test',
        options: [
          ['headers', '{"a": "b :c"}'],
          ['retry', true],
        ],
      },
    ],
    [
      'https://a.test/{{ x | default: ":y" }} :method post',
      { url: 'https://a.test/{{ x | default: ":y" }}', options: [['method', 'post']] },
    ],
  ])('splits %s', (args, expected) => {
    expect(splitConnectedContentArgs(args)).toEqual(expected);
  });
});

describe('abort_message', () => {
  it.each([
    ["before{% abort_message('no subscription') %}after", 'no subscription'],
    ['{% abort_message("double quoted") %}', 'double quoted'],
    ['{% abort_message() %}', ''],
    ['{% abort_message(no subscriptions) %}', 'no subscriptions'],
    [
      "{% if custom_attribute.${rokt:subscription_id}.size > 1 %}{% abort_message('too many') %}{% endif %}",
      'too many',
    ],
  ])('%s', async (source, reason) => {
    expect(await renderBraze(source, GUIDE_USER)).toMatchObject({
      ok: false,
      output: '',
      aborted: { reason },
    });
  });

  it('does not abort when its branch is not taken', async () => {
    expect(await renderBraze("{% if false %}{% abort_message('x') %}{% endif %}ok", GUIDE_USER)).toEqual({
      ok: true,
      output: 'ok',
    });
  });
});

describe('Braze features the preview cannot run', () => {
  it.each([
    ['{% catalog_items games 1234 %}', 'Catalogs'],
    ['{% catalog_selection_items games sel %}', 'Catalog selections'],
    ["{% promotion('spring') %}", 'Promotion codes'],
    ['{% message_extras :key k :value v %}', 'Message extras'],
    ['{% translation id_1 %}Hi{% endtranslation %}', 'Translations'],
    ['{% shopping_cart {{context.${cart_id}}} %}', 'Shopping carts'],
    ['{{content_blocks.${footer}}}', 'The Content Block "footer"'],
  ])('%s', async (source, feature) => {
    const result = await renderBraze(`ok\n${source}`, GUIDE_USER);
    expect(result).toMatchObject({ ok: false, problem: { code: 'braze.not-in-preview', line: 2 } });
    expect(result.ok || result.problem?.message).toContain(`${feature}`);
    expect(result.ok || result.problem?.message).toMatch(/preview cannot run; it works in Braze/);
  });
});

describe('Braze tags a marketer reads about', () => {
  const USER = { ...GUIDE_USER };
  it.each([
    ["{% abort_message( ' spaced ' ) %}", ' spaced '],
    ['{% abort_message(  ) %}', ''],
    ['{% abort_message %}', ''],
  ])('%s aborts with the reason %j', async (source, reason) => {
    expect(await renderBraze(source, USER)).toEqual({ ok: false, output: '', aborted: { reason } });
  });

  it.each<[string, string, string, Record<string, unknown>]>([
    [
      "{% abort_message 'x' %}",
      'liquid.syntax',
      "abort_message takes one quoted reason in parentheses, like {% abort_message('no subscription') %}.",
      { v: 'abort' },
    ],
    [
      "{% include 'x' %}",
      'braze.no-file-system',
      '{% include %} reads a template file, and Braze has no template files. Use a Content Block ({{content_blocks.${name}}}) in Braze instead.',
      { name: 'include' },
    ],
    [
      '{% catalog_items list %}',
      'braze.not-in-preview',
      'Catalogs ({% catalog_items %}) is a Braze feature that the preview cannot run; it works in Braze. Preview without it or test-send from Braze.',
      { feature: 'Catalogs ({% catalog_items %})', tag: 'catalog_items' },
    ],
    [
      '{{content_blocks.${promo}}}',
      'braze.not-in-preview',
      'The Content Block "promo" ({{content_blocks.${promo}}}) is a Braze feature that the preview cannot run; it works in Braze. Preview without it or test-send from Braze.',
      { feature: 'The Content Block "promo" ({{content_blocks.${promo}}})', block: 'promo' },
    ],
  ])('%s is refused with a sentence', async (source, code, message, params) => {
    expect(await renderBraze(source, USER)).toMatchObject({ ok: false, problem: { code, message, params } });
  });
});

describe('connected_content, option by option', () => {
  it.each<[string, { url: string; options: [string, string | true][] }]>([
    [
      'https://a.test :headers {"a": "} :x"} :retry',
      {
        url: 'https://a.test',
        options: [
          ['headers', '{"a": "} :x"}'],
          ['retry', true],
        ],
      },
    ],
    [
      "https://a.test :headers {'a': '} :x'} :save r",
      {
        url: 'https://a.test',
        options: [
          ['headers', "{'a': '} :x'}"],
          ['save', 'r'],
        ],
      },
    ],
    [
      'https://a.test :headers { "a": {"b": 1} } :save r',
      {
        url: 'https://a.test',
        options: [
          ['headers', '{ "a": {"b": 1} }'],
          ['save', 'r'],
        ],
      },
    ],
    [':method post', { url: '', options: [['method', 'post']] }],
    ['  https://a.test   :method   post  ', { url: 'https://a.test', options: [['method', 'post']] }],
    ['https://a.test\t:save\tr', { url: 'https://a.test', options: [['save', 'r']] }],
    [
      'https://a.test :body a=1&b=2 :basic_auth',
      {
        url: 'https://a.test',
        options: [
          ['body', 'a=1&b=2'],
          ['basic_auth', true],
        ],
      },
    ],
    ['https://a.test/x:y :1 :save r', { url: 'https://a.test/x:y :1', options: [['save', 'r']] }],
  ])('splits %j', (args, expected) => {
    expect(splitConnectedContentArgs(args)).toEqual(expected);
  });

  it('passes flags without a value as flags, renders the URL and reads header values as text', async () => {
    const calls: ConnectedContentCall[] = [];
    const connectedContent = (call: ConnectedContentCall) => {
      calls.push(call);
      return { __http_status_code__: 200 };
    };
    const source =
      '{% connected_content https://x.test :headers {"a": 1, "b": true} :body :basic_auth %}{{connected.__http_status_code__}}' +
      '{% connected_content  {{ "https://x.test/" | append: "p" }}  :save r %}{{ r.__http_status_code__ }}';
    expect(await renderBraze(source, GUIDE_USER, { connectedContent })).toEqual({
      ok: true,
      output: '200200',
    });
    expect(calls).toEqual([
      {
        url: 'https://x.test',
        method: 'GET',
        save: 'connected',
        headers: { a: '1', b: 'true' },
        options: { headers: '{"a": 1, "b": true}', body: true, basic_auth: true },
      },
      { url: 'https://x.test/p', method: 'GET', save: 'r', options: { save: 'r' } },
    ]);
  });

  const long = `["${'x'.repeat(60)}"]`;
  it.each<[string, string, string, Record<string, unknown>]>([
    [
      '{% connected_content :method post %}',
      'connected-content.url',
      'connected_content needs a URL right after the tag name.',
      {},
    ],
    [
      '{% connected_content https://x.test :headers ["a"] %}',
      'connected-content.headers',
      'The :headers of connected_content must be a JSON object like {"X-Key": "value"}; got ["a"].',
      { value: '["a"]' },
    ],
    [
      `{% connected_content https://x.test :headers ${long} %}`,
      'connected-content.headers',
      `The :headers of connected_content must be a JSON object like {"X-Key": "value"}; got ${long.slice(0, 40)}.`,
      { value: long.slice(0, 40) },
    ],
  ])('%s is refused with a sentence', async (source, code, message, params) => {
    expect(await renderBraze(source, GUIDE_USER)).toMatchObject({
      ok: false,
      problem: { code, message, params },
    });
  });

  it('says which call failed and why, whatever the resolver threw', async () => {
    const connectedContent = () => {
      throw 'plain reason';
    };
    expect(
      await renderBraze('{% connected_content https://x.test %}', GUIDE_USER, { connectedContent }),
    ).toMatchObject({
      ok: false,
      problem: {
        code: 'connected-content.failed',
        message:
          'The Connected Content call to https://x.test failed: plain reason. Check the URL and credentials, or try again.',
        params: { url: 'https://x.test', detail: 'plain reason' },
      },
    });
  });
});
