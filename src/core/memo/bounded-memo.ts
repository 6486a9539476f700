/**
 * `memo`'s answer for `key`, made by `make` and kept when it is not there yet. A memo that already holds `limit`
 * answers forgets them all first, so it never holds more than `limit`. `make` must not answer `undefined`
 * (that is how a missing answer is told apart with one lookup).
 */
export function remember<T extends NonNullable<unknown> | null>(
  memo: Map<string, T>,
  key: string,
  limit: number,
  make: () => T,
): T {
  let answer = memo.get(key);
  if (answer === undefined) {
    if (memo.size >= limit) memo.clear();
    answer = make();
    memo.set(key, answer);
  }
  return answer;
}
