import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decompressToText } from './decompress';
import { NotAnExportError } from './not-an-export';

/** Feeds `bytes` in pieces of `chunk`, then ends; lists what the sink received ("[name" opens a file, "]" closes it). */
function unpack(bytes: Uint8Array, chunk = bytes.length || 1): string[] {
  const got: string[] = [];
  const stream = decompressToText({
    startFile: (name) => got.push(`[${name ?? ''}`),
    text: (t) => got.push(t),
    endFile: () => got.push(']'),
  });
  for (let i = 0; i < bytes.length; i += chunk) stream.push(bytes.subarray(i, i + chunk));
  stream.end();
  return got;
}

const joined = (parts: string[]) => parts.join('');
const bytes = (...b: number[]) => new Uint8Array(b);

describe('decompressToText', () => {
  it.each([
    ['plain text', strToU8('{"external_id":"u1"}\n'), '[{"external_id":"u1"}\n]'],
    ['gzipped text', gzipSync(strToU8('{"external_id":"u1"}\n')), '[{"external_id":"u1"}\n]'],
    ['a zip archive', zipSync({ 'u.txt': strToU8('a,b\n') }), '[u.txt' + 'a,b\n]'],
    ['text shorter than the four bytes sniffed', strToU8('ab'), '[ab]'],
    ['one byte', strToU8('a'), '[a]'],
    ['text starting like gzip, but only its first byte', bytes(0x1f, 0x41, 0x42, 0x43, 0x44), '[\u001fABCD]'],
    ["text starting with gzip's second byte only", bytes(0x41, 0x8b - 0x8b + 0x42), '[AB]'],
    ['text starting with PK', strToU8('PK,name\n'), '[PK,name\n]'],
    ['PK and a third byte of a zip header', bytes(0x50, 0x4b, 0x03, 0x41), '[PK\u0003A]'],
    ['PK, 3 and a wrong fourth byte', bytes(0x50, 0x4b, 0x03, 0x05, 0x41), '[PK\u0003\u0005A]'],
    ['a zip signature missing its first byte', bytes(0x41, 0x4b, 0x03, 0x04), '[AK\u0003\u0004]'],
    ['a zip signature with a wrong second byte', bytes(0x50, 0x41, 0x03, 0x04), '[PA\u0003\u0004]'],
  ])('unpacks %s, fed whole or byte by byte', (_name, input, expected) => {
    expect(joined(unpack(input))).toBe(expected);
    const byByte = unpack(input, 1);
    expect(joined(byByte)).toBe(expected);
    expect(byByte).not.toContain(''); // no empty pieces of text
  });

  it('says the file is empty when no byte came', () => {
    expect(() => unpack(new Uint8Array(0))).toThrow(new NotAnExportError('The file is empty.'));
  });

  it('names the entry of a zip archive whose data is damaged', () => {
    const zip = zipSync({ 'users.txt': strToU8('x'.repeat(200)) }, { level: 9 });
    const damaged = zip.slice();
    const data = 30 + 'users.txt'.length; // the local header is 30 bytes plus the name
    damaged.fill(0xff, data, data + 8);
    expect(() => unpack(damaged)).toThrow(NotAnExportError);
    expect(() => unpack(damaged)).toThrow(/^The zip archive could not be read \(users\.txt\): .+\.$/);
  });

  const cutShort =
    'ends in the middle of a character, so its text is not whole UTF-8: the upload was cut short or the file is not UTF-8. Export it again as UTF-8 and pick the whole file.';
  it.each([
    ['plain file', bytes(0x41, 0x42, 0x43, 0xc3), `The file ${cutShort}`],
    [
      'plain file cut inside a 4-byte character',
      bytes(0x41, 0x42, 0x43, 0xf0, 0x9f, 0x98),
      `The file ${cutShort}`,
    ],
    ['gzip file', gzipSync(bytes(0x41, 0xc3)), `The file ${cutShort}`],
    ['zip archive', zipSync({ 'users.txt': bytes(0x41, 0xc3) }), `users.txt in the zip archive ${cutShort}`],
  ])('says a %s whose text ends inside a UTF-8 character is cut short', (_name, packed, sentence) => {
    expect(() => unpack(packed)).toThrow(new NotAnExportError(sentence));
  });

  it('reads a plain file whose last character is whole', () => {
    expect(() => unpack(bytes(0x41, 0x42, 0x43, 0xc3, 0xa9))).not.toThrow();
  });

  it('says a damaged gzip file could not be unpacked', () => {
    const gz = gzipSync(strToU8('x'.repeat(200))).slice();
    gz.fill(0xff, 10, 18);
    expect(() => unpack(gz)).toThrow(/^The file looks gzipped but could not be unpacked: .+\.$/);
  });
});
