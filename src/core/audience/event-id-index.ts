/**
 * Every event id of a run, kept as a 53-bit hash in typed arrays (about 12 bytes a slot, half full) instead of a
 * Map of strings (about 100 bytes an id): one million users cost about 24 MB. Two different ids share a hash
 * with a probability of about n² / 2⁵⁴ (1 in 18,000 for a million users), which at worst reports one
 * false duplicate.
 */
/** Where a key starts probing: both hashes mixed (the same function before and after growing). */
const slotOf = (key: number, mask: number): number => ((key / 0x200000) ^ key) & mask;

export class EventIdIndex {
  private keys = new Float64Array(1 << 16);
  private lines = new Int32Array(1 << 16);
  private used = 0;

  /**
   * Records `id` first seen at `line`. Returns 0 the first time, else the earlier line: positive the first time
   * a duplicate is found for that id, negative on later repeats.
   */
  add(id: string, line: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const key = (h1 >>> 0) * 0x200000 + ((h2 >>> 11) & 0x1fffff) + 1; // never 0 (0 marks an empty slot)
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === 0) break;
      if (k === key) {
        const earlier = this.lines[slot] as number;
        if (earlier > 0) this.lines[slot] = -earlier;
        return earlier;
      }
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.lines[slot] = Math.max(1, line);
    this.used += 1;
    if (this.used * 2 > this.keys.length) this.grow();
    return 0;
  }

  private grow(): void {
    const keys = this.keys;
    const lines = this.lines;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === 0) continue;
      let slot = slotOf(key, mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.lines[slot] = lines[i] as number;
    }
  }
}
