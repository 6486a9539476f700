/** Collects body chunks up to a byte cap; decodes them as UTF-8 once at the end. */
export class ByteCollector {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  /** True once the cap was reached (later bytes were dropped). */
  full = false;

  constructor(private readonly maxBytes: number) {}

  /** Keeps what fits under the cap; returns false once the cap is reached (stop reading). */
  add(chunk: Uint8Array): boolean {
    if (this.full) return false;
    const room = this.maxBytes - this.size;
    if (chunk.byteLength >= room) {
      if (room > 0) this.chunks.push(chunk.subarray(0, room));
      this.size = this.maxBytes;
      this.full = chunk.byteLength > room;
      // Exactly at the cap: only know it is over once another byte arrives, so keep reading one more chunk.
      return !this.full;
    }
    this.chunks.push(chunk);
    this.size += chunk.byteLength;
    return true;
  }

  /** The collected bytes as text. */
  text(): string {
    return Buffer.concat(this.chunks, this.size).toString('utf8');
  }
}
