import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchedLog } from './log-writer';

describe('batchedLog', () => {
  it('writes lines in order, in one batch after the interval, and at once on flush', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'composer-log-')), 'out.log');
    const fd = openSync(file, 'w');
    try {
      const log = batchedLog(fd, 30);
      log('{"n":1}');
      log('{"n":2}');
      expect(readFileSync(file, 'utf8')).toBe('');
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
      log('{"n":3}');
      log.flush();
      expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    } finally {
      closeSync(fd);
    }
  });

  it('writes at once when 64 KB are waiting', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'composer-log-')), 'out.log');
    const fd = openSync(file, 'w');
    try {
      const log = batchedLog(fd, 60_000);
      const line = 'x'.repeat(1023);
      for (let i = 0; i < 64; i++) log(line);
      expect(readFileSync(file, 'utf8').length).toBe(64 * 1024);
    } finally {
      closeSync(fd);
    }
  });
});
