/**
 * Digests, HMACs and base64 (Braze's encoding filters and Liquid 5's base64 filters) on @noble/hashes:
 * synchronous and the same in every build. Text is hashed as UTF-8; digests print as lower-case hex.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CHash } from '@noble/hashes/utils.js';
import { argumentError, def, rubyToS } from './filter-kit';
import type { FilterFamily } from './filter-kit';
import { fromBase64, fromUtf8, toBase64 } from './bytes';

type Hash = CHash;

const digest = (hash: Hash) => (input: unknown) => bytesToHex(hash(utf8ToBytes(rubyToS(input))));
const mac = (hash: Hash, encode: (b: Uint8Array) => string) => (input: unknown, key: unknown) =>
  encode(hmac(hash, utf8ToBytes(rubyToS(key)), utf8ToBytes(rubyToS(input))));

function decode(urlSafe: boolean) {
  return (input: unknown): string => {
    const bytes = fromBase64(rubyToS(input), urlSafe);
    const text = bytes && fromUtf8(bytes);
    if (text === null) throw argumentError('base64_decode was given text that is not valid base64', 'base64');
    return text;
  };
}

const encode = (urlSafe: boolean) => (input: unknown) => {
  const b64 = toBase64(utf8ToBytes(rubyToS(input)));
  return urlSafe ? b64.replace(/\+/g, '-').replace(/\//g, '_') : b64;
};

/** md5, sha1, sha2, hmac_sha1(_hex/_base64), hmac_sha256_hex/_base64, hmac_sha512, base64 encode/decode. */
export const ENCODING_FILTERS: FilterFamily = {
  md5: def(digest(md5)),
  sha1: def(digest(sha1)),
  sha2: def(digest(sha256)),
  hmac_sha1: def(mac(sha1, bytesToHex), 1),
  hmac_sha1_hex: def(mac(sha1, bytesToHex), 1),
  hmac_sha1_base64: def(mac(sha1, toBase64), 1),
  hmac_sha256_hex: def(mac(sha256, bytesToHex), 1),
  hmac_sha256_base64: def(mac(sha256, toBase64), 1),
  hmac_sha512: def(mac(sha512, bytesToHex), 1),
  base64_encode: def(encode(false)),
  base64_decode: def(decode(false)),
  base64_url_safe_encode: def(encode(true)),
  base64_url_safe_decode: def(decode(true)),
};
