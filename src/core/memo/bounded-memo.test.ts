import { describe, expect, it } from 'vitest';
import { remember } from './bounded-memo';

describe('remember', () => {
  it('makes an answer once per key, including null', () => {
    const memo = new Map<string, string | null>();
    const asked: string[] = [];
    const answer = (key: string) =>
      remember(memo, key, 4, () => {
        asked.push(key);
        return key === 'none' ? null : key.toUpperCase();
      });
    expect([answer('a'), answer('none'), answer('a'), answer('none')]).toEqual(['A', null, 'A', null]);
    expect(asked).toEqual(['a', 'none']);
  });

  it('holds at most `limit` answers: a new key past it forgets the others', () => {
    const memo = new Map<string, number>();
    const asked: string[] = [];
    const answer = (key: string) => remember(memo, key, 2, () => (asked.push(key), key.length));
    answer('a');
    answer('bb');
    answer('a'); // still kept: the memo holds exactly 2
    expect(asked).toEqual(['a', 'bb']);
    answer('ccc');
    expect(memo.size).toBe(1);
    answer('a');
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
