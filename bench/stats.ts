/** Returns the q-quantile (0..1) of the samples by the nearest-rank method; NaN for no samples. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds a measurement to three decimals so the JSON output stays readable. */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;
