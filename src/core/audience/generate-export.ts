/** A deterministic stand-in for a Braze audience export, for benchmarks, end-to-end tests and demos. */

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/Sao_Paulo',
  'Asia/Tokyo',
];
const FIRST = [
  'Alex',
  'Sam',
  'Zoë',
  'Jordan',
  'Mia "MJ"',
  'Noah',
  "Liam O'Neil",
  'Ana\\Maria',
  'Chen',
  'Fatima',
];
const ACCOUNTS = ['acme', 'acme-outlet', 'brazetest'];

/** mulberry32: a tiny seeded PRNG so the same seed gives the same audience. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const guid = (rand: () => number) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-8${hex(rand, 3)}-${hex(rand, 12)}`;
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/**
 * One export row: a user object shaped like Braze's `/users/export/segment` output, or (about 1 in 100) a
 * broken line. Roughly 3% lack rokt:account_code, 2% have no subscription, 1% have an empty external_id,
 * 5% span two accounts, 1% repeat an earlier external_id; the rest are ordinary subscribers.
 */
export function exportRow(index: number, seed = 1): Record<string, unknown> | string {
  const rand = random(seed * 1_000_003 + index);
  const roll = rand();
  if (roll < 0.01) return `{"external_id": "user-${index}", "first_name": "Broken`;
  const suffix = `/${hex(rand, 12)}`;
  const account = pick(rand, ACCOUNTS);
  const accounts =
    roll < 0.04
      ? []
      : roll < 0.09
        ? [account + suffix, `${pick(rand, ACCOUNTS)}-eu${suffix}`]
        : [account + suffix];
  const subs =
    roll >= 0.04 && roll < 0.06 ? [] : Array.from({ length: 1 + Math.floor(rand() * 2) }, () => guid(rand));
  const id =
    roll >= 0.09 && roll < 0.1
      ? ''
      : roll >= 0.1 && roll < 0.11
        ? `user-${Math.floor(index / 2)}`
        : `user-${index}`;
  const user: Record<string, unknown> = {
    external_id: id,
    braze_id: hex(rand, 24),
    first_name: pick(rand, FIRST),
    last_name: 'Example',
    email: `user${index}@example.com`,
    country: 'US',
    language: 'en',
    custom_attributes: {
      'rokt:account_code': accounts,
      'rokt:subscription_id': subs,
      'rokt:calendar_title': [`Events${suffix}`],
      'rokt:subscription_method': [`WebCal${suffix}`],
      loyalty_tier: pick(rand, ['gold', 'silver', 'bronze']),
    },
  };
  if (rand() > 0.03) user.time_zone = pick(rand, ZONES);
  return user;
}

/** `count` rows as Braze JSON lines (one object per line), the format of the segment export. */
export function* exportJsonLines(count: number, seed = 1): Generator<string> {
  for (let i = 0; i < count; i++) {
    const row = exportRow(i, seed);
    yield `${typeof row === 'string' ? row : JSON.stringify(row)}\n`;
  }
}

/** The CSV columns of the dashboard export the generator writes (custom attributes after the standard ones). */
const GENERATED_CSV_COLUMNS = [
  'external_id',
  'braze_id',
  'first_name',
  'last_name',
  'email',
  'country',
  'language',
  'time_zone',
  'rokt:account_code',
  'rokt:subscription_id',
  'rokt:calendar_title',
  'loyalty_tier',
];

const csvCell = (value: unknown): string => {
  const text = value === undefined ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `count` rows as the dashboard CSV export, header first; the broken rows have too few cells. */
export function* exportCsv(count: number, seed = 1): Generator<string> {
  yield `${GENERATED_CSV_COLUMNS.join(',')}\n`;
  for (let i = 0; i < count; i++) {
    const row = exportRow(i, seed);
    if (typeof row === 'string') {
      yield `user-${i},only,three cells\n`;
      continue;
    }
    const custom = row.custom_attributes as Record<string, unknown>;
    yield `${GENERATED_CSV_COLUMNS.map((c) => csvCell(c in row ? row[c] : custom[c])).join(',')}\n`;
  }
}
