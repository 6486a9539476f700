import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../testing/audience-fixtures';
import { userFromCsv, userFromJson } from './export-user';
import { exportCsv, exportJsonLines, exportRow } from './generate-export';
import { recordsOf } from './json-lines-splitter';
import type { SampleUser } from '../sample-user';

const ROWS = 3_000;
const rows = Array.from({ length: ROWS }, (_, i) => exportRow(i, 3));
const users = rows.filter((r): r is Record<string, unknown> => typeof r !== 'string');
const custom = (u: Record<string, unknown>, key: string) =>
  (u.custom_attributes as Record<string, unknown[]>)[key] as unknown[];
const share = (n: number) => n / ROWS;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the generated export', () => {
  it('is the same for the same seed and differs for another', () => {
    expect([...exportJsonLines(20, 3)]).toEqual([...exportJsonLines(20, 3)]);
    expect([...exportJsonLines(20, 3)]).not.toEqual([...exportJsonLines(20, 4)]);
    expect(exportRow(5, 3)).not.toEqual(exportRow(6, 3));
  });

  it('holds the mix its description promises, roughly', () => {
    const broken = rows.filter((r) => typeof r === 'string');
    expect(share(broken.length)).toBeGreaterThan(0.004);
    expect(share(broken.length)).toBeLessThan(0.02);
    const noAccount = users.filter((u) => custom(u, 'rokt:account_code').length === 0).length;
    const twoAccounts = users.filter((u) => custom(u, 'rokt:account_code').length === 2).length;
    const noSubs = users.filter((u) => custom(u, 'rokt:subscription_id').length === 0).length;
    const noId = users.filter((u) => u.external_id === '').length;
    const repeated = users.length - new Set(users.map((u) => u.external_id)).size - (noId > 1 ? noId - 1 : 0);
    const noZone = users.filter((u) => u.time_zone === undefined).length;
    expect([noAccount, twoAccounts, noSubs, noId, repeated, noZone].map((n) => share(n) > 0.005)).toEqual(
      Array(6).fill(true),
    );
    expect(share(noAccount)).toBeLessThan(0.05);
    expect(share(twoAccounts)).toBeLessThan(0.08);
    expect(share(noSubs)).toBeLessThan(0.04);
    expect(share(noId + repeated + noZone)).toBeLessThan(0.1);
  });

  it('gives each user Braze-shaped values', () => {
    for (const u of users.slice(0, 200)) {
      expect(u.braze_id).toMatch(/^[0-9a-f]{24}$/);
      for (const id of custom(u, 'rokt:subscription_id')) expect(id).toMatch(GUID);
      expect(custom(u, 'rokt:subscription_id').length).toBeLessThanOrEqual(2);
      for (const code of custom(u, 'rokt:account_code'))
        expect(code).toMatch(/^(acme|acme-outlet|brazetest)(-eu)?\/[0-9a-f]{12}$/);
      const [first, second] = custom(u, 'rokt:account_code') as string[];
      if (second !== undefined) expect(second.slice(-13)).toBe(first!.slice(-13));
      expect(custom(u, 'rokt:calendar_title')).toEqual([
        `Events${String(custom(u, 'rokt:subscription_method')[0]).slice(6)}`,
      ]);
    }
  });

  it('writes the same users as JSON lines and as CSV, broken rows included', () => {
    const count = 200;
    const json = readAll(strToU8([...exportJsonLines(count, 3)].join('')), { batchSize: 1_000 });
    const csv = readAll(strToU8([...exportCsv(count, 3)].join('')), { batchSize: 1_000 });
    const fromJson: string[] = [];
    for (const b of json.batches) {
      if (b.kind !== 'lines') throw new Error('JSON lines come as lines');
      for (const r of recordsOf(b)) {
        try {
          const mapped = userFromJson(JSON.parse(r.text));
          if (mapped.ok) fromJson.push(`${r.line}:${summary(mapped.user)}`);
        } catch {
          fromJson.push(`${r.line}:broken`);
        }
      }
    }
    const fromCsv: string[] = [];
    for (const b of csv.batches) {
      if (b.kind !== 'csv') throw new Error('CSV comes as rows');
      for (const r of b.records) fromCsv.push(`${r.line - 1}:${summary(userFromCsv(b.header, r.cells))}`);
    }
    for (const m of csv.malformed) fromCsv.push(`${m.line - 1}:broken`);
    fromCsv.sort((a, b) => parseInt(a) - parseInt(b));
    expect(fromCsv).toEqual(fromJson);
    expect(fromJson.filter((s) => s.endsWith('broken')).length).toBeGreaterThan(0);
    expect(csv.malformed.every((m) => m.message === 'has 3 cells but the header has 12.')).toBe(true);
  });
});

/** What both formats must agree on for a user. */
function summary(u: SampleUser): string {
  const c = u.custom_attributes;
  return JSON.stringify([
    u.user_id,
    u.first_name,
    u.time_zone ?? null,
    c['rokt:account_code'] ?? [],
    c['rokt:subscription_id'] ?? [],
    c['loyalty_tier'],
  ]);
}
