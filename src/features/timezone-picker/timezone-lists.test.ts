import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimezoneEntry } from '../../core/timezones';
import { TimezoneLists } from './timezone-lists';

const EASTERN: TimezoneEntry = {
  id: 'Eastern Standard Time',
  iana: 'America/New_York',
  label: 'Eastern Time',
  zones: ['America/New_York'],
  cities: ['New York'],
};

/** A fetch that fails `failures` times, then answers with the one-zone list. */
function flakyFetch(failures: number) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new Error(`/timezones.json could not be loaded (HTTP 503).`);
    return [EASTERN];
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TimezoneLists', () => {
  it('fetches a language once on first read and keeps the list, telling subscribers when it arrives', async () => {
    const fetchList = flakyFetch(0);
    const lists = new TimezoneLists(fetchList);
    const listener = vi.fn();
    lists.subscribe(listener);
    expect(lists.read('en')).toEqual({ status: 'pending' });
    expect(lists.read('en')).toBe(lists.read('en'));
    await vi.runAllTimersAsync();
    expect(lists.read('en')).toEqual({ status: 'success', data: [EASTERN] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fetchList).toHaveBeenCalledTimes(1);
    expect(fetchList).toHaveBeenCalledWith('en');
  });

  it('keeps one list per language', async () => {
    const fetchList = flakyFetch(0);
    const lists = new TimezoneLists(fetchList);
    lists.read('en');
    lists.read('es');
    await vi.runAllTimersAsync();
    expect(fetchList.mock.calls).toEqual([['en'], ['es']]);
    expect(lists.read('es')).toMatchObject({ status: 'success' });
  });

  it('retries once after 300 ms before it reports the failure', async () => {
    const fetchList = flakyFetch(1);
    const lists = new TimezoneLists(fetchList);
    lists.read('en');
    await vi.advanceTimersByTimeAsync(299);
    expect(fetchList).toHaveBeenCalledTimes(1);
    expect(lists.read('en')).toEqual({ status: 'pending' });
    await vi.advanceTimersByTimeAsync(1);
    expect(lists.read('en')).toEqual({ status: 'success', data: [EASTERN] });
    expect(fetchList).toHaveBeenCalledTimes(2);
  });

  it('reports the error after two failures, and fetches again (twice at most) only on retry', async () => {
    const fetchList = flakyFetch(3);
    const lists = new TimezoneLists(fetchList);
    lists.read('en');
    await vi.runAllTimersAsync();
    const failed = lists.read('en');
    expect(failed.status).toBe('error');
    expect(failed.status === 'error' && String(failed.error)).toContain('HTTP 503');
    expect(fetchList).toHaveBeenCalledTimes(2);
    // Reading again does not fetch again.
    lists.read('en');
    await vi.runAllTimersAsync();
    expect(fetchList).toHaveBeenCalledTimes(2);

    const listener = vi.fn();
    lists.subscribe(listener);
    lists.retry('en');
    expect(lists.read('en')).toEqual({ status: 'pending' });
    expect(listener).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(lists.read('en')).toEqual({ status: 'success', data: [EASTERN] });
    expect(fetchList).toHaveBeenCalledTimes(4);
  });

  it('does nothing on retry unless the list failed, and stops telling an unsubscribed listener', async () => {
    const fetchList = flakyFetch(0);
    const lists = new TimezoneLists(fetchList);
    const listener = vi.fn();
    const unsubscribe = lists.subscribe(listener);
    lists.read('en');
    lists.retry('en');
    unsubscribe();
    await vi.runAllTimersAsync();
    expect(fetchList).toHaveBeenCalledTimes(1);
    expect(listener).not.toHaveBeenCalled();
  });
});
