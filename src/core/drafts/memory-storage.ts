import type { KeyValueStorage } from './format';

/** An in-memory KeyValueStorage for tests and tools; `quota` (characters, keys included) makes it fill up. */
export function memoryStorage(
  initial: Record<string, string> = {},
  quota = Infinity,
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const after = used() - (data.has(k) ? k.length + (data.get(k)?.length ?? 0) : 0) + k.length + v.length;
      if (after > quota) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}
