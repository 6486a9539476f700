import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64, toHex, utf8 } from './hashes';
import { hash, hmac } from './hmac';

// Node's crypto is the oracle here (tests only run in node); the code under test must not use it.
const inputs = ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(200), 'héllo ✓ 𝄞'];

describe('pure-TS hashes agree with node:crypto', () => {
  it.each(['md5', 'sha1', 'sha256', 'sha512'] as const)('%s and its HMAC', (name) => {
    for (const text of inputs) {
      expect(toHex(hash(name, text))).toBe(createHash(name).update(text).digest('hex'));
      for (const key of ['secret_key', 'k'.repeat(150)]) {
        expect(toHex(hmac(name, key, text))).toBe(createHmac(name, key).update(text).digest('hex'));
      }
    }
  });

  it.each([
    ['ASCII', 'A~', [0x41, 0x7e]],
    ['two bytes', '\u00e9\u07ff', [0xc3, 0xa9, 0xdf, 0xbf]],
    ['three bytes', '\u0800\u2713\uffff', [0xe0, 0xa0, 0x80, 0xe2, 0x9c, 0x93, 0xef, 0xbf, 0xbf]],
    ['four bytes (surrogate pair)', '\u{1d11e}', [0xf0, 0x9d, 0x84, 0x9e]],
    ['a lone surrogate becomes U+FFFD', 'a\ud800b', [0x61, 0xef, 0xbf, 0xbd, 0x62]],
  ])('utf8: %s', (_name, text, bytes) => {
    expect([...utf8(text)]).toEqual(bytes);
    expect([...utf8(text)]).toEqual([...Buffer.from(text)]);
  });

  it('base64 encodes UTF-8 like Buffer', () => {
    for (const text of inputs) expect(toBase64(utf8(text))).toBe(Buffer.from(text).toString('base64'));
  });
});
