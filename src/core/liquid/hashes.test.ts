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

  it('base64 encodes UTF-8 like Buffer', () => {
    for (const text of inputs) expect(toBase64(utf8(text))).toBe(Buffer.from(text).toString('base64'));
  });
});
