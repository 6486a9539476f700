/** Base64 (standard and URL-safe) and UTF-8 decoding for the encoding filters, without platform APIs. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (Ruby `Base64.strict_encode64`). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Bytes of strict base64 (padding required unless `urlSafe`), or null when the text is not base64. */
export function fromBase64(text: string, urlSafe: boolean): Uint8Array | null {
  let t = urlSafe ? text.replace(/-/g, '+').replace(/_/g, '/') : text;
  if (urlSafe && t.length % 4 !== 0 && !t.includes('=')) t = t.padEnd(t.length + 4 - (t.length % 4), '=');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) return null;
  const clean = t.replace(/=+$/, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of clean) {
    value = (value << 6) | ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

/** Decode UTF-8, or null when the bytes are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return null;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 2) return null;
      cp = (cp << 6) | (c & 63);
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
