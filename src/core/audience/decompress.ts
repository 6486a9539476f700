import { DecodeUTF8, Gunzip, Unzip, UnzipInflate } from 'fflate';
import { NotAnExportError } from './not-an-export';

/** How the uploaded bytes are packed. */
type Compression = 'none' | 'gzip' | 'zip';

/** Reads the packing from the first bytes: gzip (1f 8b), zip (PK\x03\x04), anything else plain. */
function sniffCompression(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  return 'none';
}

/** Receives the text of each file in the upload (one file unless it is a zip archive). */
export interface TextSink {
  startFile(name?: string): void;
  text(chunk: string): void;
  endFile(): void;
}

/** A byte stream in, text out; push chunks in order, then `end()`. */
export interface ByteStream {
  push(bytes: Uint8Array): void;
  end(): void;
}

/** fflate's error code for text whose last bytes are the start of a UTF-8 character. */
const CUT_CHARACTER = 8;

/** A decoder of UTF-8 bytes into `sink`; `file` names the zip entry in its error. */
function utf8Into(sink: TextSink, file?: string): Pick<DecodeUTF8, 'push'> {
  const decoder = new DecodeUTF8((text, final) => {
    if (text !== '') sink.text(text);
    if (final) sink.endFile();
  });
  return {
    push(bytes, final) {
      try {
        decoder.push(bytes, final);
      } catch (error) {
        if ((error as { code?: unknown }).code !== CUT_CHARACTER) throw error;
        const what = file === undefined ? 'The file' : `${file} in the zip archive`;
        throw new NotAnExportError(
          `${what} ends in the middle of a character, so its text is not whole UTF-8: the upload was cut short or the file is not UTF-8. Export it again as UTF-8 and pick the whole file.`,
        );
      }
    },
  };
}

const SKIP_ENTRY = /(^|\/)(__MACOSX|\.DS_Store)|\/$/;

function unzipInto(sink: TextSink): ByteStream {
  const unzip = new Unzip((file) => {
    if (SKIP_ENTRY.test(file.name)) return;
    sink.startFile(file.name);
    const decoder = utf8Into(sink, file.name);
    file.ondata = (error, data, final) => {
      // An error thrown while the entry's text was read comes back here from fflate, already a sentence.
      if (error instanceof NotAnExportError) throw error;
      if (error)
        throw new NotAnExportError(`The zip archive could not be read (${file.name}): ${error.message}.`);
      decoder.push(data, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  return { push: (bytes) => unzip.push(bytes, false), end: () => unzip.push(new Uint8Array(0), true) };
}

function gunzipInto(sink: TextSink): ByteStream {
  sink.startFile();
  const decoder = utf8Into(sink);
  const gunzip = new Gunzip((data, final) => decoder.push(data, final));
  return { push: (bytes) => gunzip.push(bytes, false), end: () => gunzip.push(new Uint8Array(0), true) };
}

function plainInto(sink: TextSink): ByteStream {
  sink.startFile();
  const decoder = utf8Into(sink);
  return { push: (bytes) => decoder.push(bytes, false), end: () => decoder.push(new Uint8Array(0), true) };
}

/**
 * Turns the bytes of an upload (plain, gzipped or zipped, sniffed from its first bytes) into UTF-8 text,
 * streaming: nothing is held beyond the current chunk. Damaged archives throw NotAnExportError.
 */
export function decompressToText(sink: TextSink): ByteStream {
  let inner: ByteStream | null = null;
  let kind: Compression = 'none';
  let head: Uint8Array = new Uint8Array(0); // the first bytes, until there are enough to sniff
  const start = (bytes: Uint8Array) => {
    kind = sniffCompression(bytes);
    inner = kind === 'gzip' ? gunzipInto(sink) : kind === 'zip' ? unzipInto(sink) : plainInto(sink);
    const stream = inner;
    guard(() => stream.push(bytes));
  };
  const guard = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (error instanceof NotAnExportError || kind === 'none') throw error;
      const what = kind === 'gzip' ? 'gzipped' : 'zipped';
      throw new NotAnExportError(
        `The file looks ${what} but could not be unpacked: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  };
  return {
    push(bytes) {
      if (bytes.length === 0) return;
      if (inner) {
        const stream: ByteStream = inner;
        return guard(() => stream.push(bytes));
      }
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      if (joined.length < 4) head = joined;
      else start(joined);
    },
    end() {
      if (!inner && head.length > 0) start(head);
      if (!inner) throw new NotAnExportError('The file is empty.');
      const stream: ByteStream = inner;
      guard(() => stream.end());
    },
  };
}
