import type { TimezoneEntry } from '../../core/timezones';
import type { AppLocale } from '../../ui/i18n';

/** What is known of the timezone list in one language. */
export type TimezoneListState =
  { status: 'pending' } | { status: 'error'; error: unknown } | { status: 'success'; data: TimezoneEntry[] };

const PENDING: TimezoneListState = { status: 'pending' };

/**
 * The timezone lists of the page, one per interface language: each fetched on first read, retried once after
 * `retryDelayMs` when it fails, then kept for the page's life (the files never change while it is open). A
 * failed list is fetched again only on `retry`. Reading is free of side effects but the first fetch, so it
 * can serve `useSyncExternalStore`.
 */
export class TimezoneLists {
  private readonly states = new Map<AppLocale, TimezoneListState>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetchList: (locale: AppLocale) => Promise<TimezoneEntry[]>,
    private readonly retryDelayMs = 300,
  ) {}

  /** Calls `listener` whenever a list's state changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The list's state in `locale` (the same object until it changes), starting its fetch on first read. */
  read(locale: AppLocale): TimezoneListState {
    const state = this.states.get(locale);
    if (state) return state;
    this.load(locale);
    return PENDING;
  }

  /** Fetches a list that failed again (two attempts, as the first time); no-op for any other state. */
  retry(locale: AppLocale): void {
    if (this.states.get(locale)?.status !== 'error') return;
    this.load(locale);
    this.notify();
  }

  private load(locale: AppLocale): void {
    this.states.set(locale, PENDING);
    const attempt = () => this.fetchList(locale);
    const again = () => new Promise<void>((resolve) => setTimeout(resolve, this.retryDelayMs)).then(attempt);
    void attempt()
      .catch(again)
      .then(
        (data): TimezoneListState => ({ status: 'success', data }),
        (error: unknown): TimezoneListState => ({ status: 'error', error }),
      )
      .then((state) => {
        this.states.set(locale, state);
        this.notify();
      });
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
