import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, toCurl } from './to-curl';

describe('shellQuote', () => {
  it.each([
    ['plain', "'plain'"],
    ['', "''"],
    ["O'Neil", "'O'\\''Neil'"],
    ['$HOME `id` "x" \\n', '\'$HOME `id` "x" \\n\''],
    ['two\nlines', "'two\nlines'"],
    ["''", "''\\'''\\'''"],
  ])('quotes %j as %s', (text, quoted) => {
    expect(shellQuote(text)).toBe(quoted);
  });

  it.each([['O\'Neil "Z" $x `y` \\ !'], ['line 1\nline 2'], ["'"]])(
    'survives a real shell unchanged: %j',
    (text) => {
      const echoed = execFileSync('sh', ['-c', `printf %s ${shellQuote(text)}`], { encoding: 'utf8' });
      expect(echoed).toBe(text);
    },
  );
});

describe('toCurl', () => {
  it('writes method, URL, each header and the raw body, one option per line', () => {
    const curl = toCurl({
      url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
      method: 'POST',
      headers: [
        { name: 'Authorization', value: 'Bearer PREVIEW_TOKEN' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: '{"title": "Zoë\'s sale"}',
    });
    expect(curl).toBe(
      [
        "curl -X 'POST' 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest' \\",
        "  -H 'Authorization: Bearer PREVIEW_TOKEN' \\",
        "  -H 'Content-Type: application/json' \\",
        `  --data-raw '{"title": "Zoë'\\''s sale"}'`,
      ].join('\n'),
    );
  });

  it('leaves out --data-raw when there is no body', () => {
    expect(toCurl({ url: 'https://x.test', method: 'POST', headers: [], body: '' })).toBe(
      "curl -X 'POST' 'https://x.test'",
    );
  });
});
