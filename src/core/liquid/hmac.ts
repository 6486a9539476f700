/** Named digests and HMAC (RFC 2104) over UTF-8 text, for the Braze hashing filters. */
import { md5, sha1, sha256, utf8 } from './hashes';
import { sha512 } from './sha512';

export type HashName = 'md5' | 'sha1' | 'sha256' | 'sha512';

const DIGESTS: Record<HashName, { digest: (b: Uint8Array) => Uint8Array; block: number }> = {
  md5: { digest: md5, block: 64 },
  sha1: { digest: sha1, block: 64 },
  sha256: { digest: sha256, block: 64 },
  sha512: { digest: sha512, block: 128 },
};

/** Digest of the UTF-8 bytes of `text`. */
export function hash(name: HashName, text: string): Uint8Array {
  return DIGESTS[name].digest(utf8(text));
}

/** HMAC (RFC 2104) of the UTF-8 message with the UTF-8 key. */
export function hmac(name: HashName, key: string, message: string): Uint8Array {
  const { digest, block } = DIGESTS[name];
  let k = utf8(key);
  if (k.length > block) k = digest(k);
  const inner = new Uint8Array(block + 0);
  const outer = new Uint8Array(block);
  for (let i = 0; i < block; i++) {
    inner[i] = (k[i] ?? 0) ^ 0x36;
    outer[i] = (k[i] ?? 0) ^ 0x5c;
  }
  const msg = utf8(message);
  const innerInput = new Uint8Array(block + msg.length);
  innerInput.set(inner);
  innerInput.set(msg, block);
  const innerHash = digest(innerInput);
  const outerInput = new Uint8Array(block + innerHash.length);
  outerInput.set(outer);
  outerInput.set(innerHash, block);
  return digest(outerInput);
}
