import type { MessageDescriptor, Messages } from '@lingui/core';

/**
 * The i18n instance the Lingui macros compile to (`i18n._(…)`, lingui.config.ts `runtimeConfigModule`). It
 * does what @lingui/core's I18n does for this app's messages, in a fraction of its first-paint weight: every
 * message arrives compiled (English next to its key in the code, other languages from the compiled catalogs),
 * so only lookup and ICU interpolation remain — plain values, `number`, and `plural`, `selectordinal` and
 * `select` with `offset` and `#`. i18n-instance.test.ts checks it gives @lingui/core's output for every
 * message of every catalog.
 */

type Values = Record<string, unknown>;
/** A message compiled by Lingui: texts, and `[name, type?, format?]` for each placeholder. */
type Token = string | [string, string?, unknown?];
type CompiledMessage = Token[];
type Choices = Record<string, CompiledMessage | number | undefined>;

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();
const memo = <T extends Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T => {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
};

const formatNumber = (locale: string, value: number, options?: Intl.NumberFormatOptions) =>
  memo(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat([locale, 'en'], options)).format(
    value,
  );

function choose(locale: string, type: string, value: unknown, choices: Choices): CompiledMessage | undefined {
  const pick = (key: string) => choices[key] as CompiledMessage | undefined;
  if (type === 'select') return pick(String(value)) ?? pick('other');
  const n = Number(value) - Number(choices.offset ?? 0);
  const rules = memo(
    `p${locale}${type}`,
    () => new Intl.PluralRules([locale, 'en'], { type: type === 'plural' ? 'cardinal' : 'ordinal' }),
  );
  return pick(String(value)) ?? pick(rules.select(n)) ?? pick('other');
}

/** A compiled message with `values` put in, `#` standing for `hash` (the plural's number) where given. */
function render(locale: string, tokens: CompiledMessage | string, values: Values, hash?: string): string {
  if (typeof tokens === 'string') return tokens;
  return tokens
    .map((token: Token) => {
      if (typeof token === 'string') return token === '#' && hash !== undefined ? hash : token;
      const [name, type, format] = token;
      const value = values[name];
      if (type === 'plural' || type === 'selectordinal' || type === 'select') {
        const chosen = choose(locale, type, value, format as Choices);
        const offset = Number((format as Choices).offset ?? 0);
        const own = type === 'select' ? hash : formatNumber(locale, Number(value) - offset);
        return chosen ? render(locale, chosen, values, own) : '';
      }
      if (type === 'number') {
        const options = typeof format === 'string' ? { style: format as 'percent' } : undefined;
        return formatNumber(locale, Number(value), options);
      }
      return value == null ? '' : String(value);
    })
    .join('');
}

class AppI18n {
  private active = '';
  private messages: Messages = {};
  private listeners = new Set<() => void>();

  /** The active language. */
  get locale(): string {
    return this.active;
  }

  /** The message `id` in the active language with `values` put in (its English message when not translated). */
  _(id: string | MessageDescriptor, values?: Values, options?: { message?: string }): string {
    let message: CompiledMessage | string | undefined = options?.message;
    if (typeof id !== 'string') {
      values = id.values ?? values;
      message = id.message as CompiledMessage | string | undefined;
      id = id.id;
    }
    return render(this.active, this.messages[id] ?? message ?? id, values ?? {});
  }

  /** Makes `locale` active with `messages` as its whole catalog. */
  loadAndActivate({ locale, messages }: { locale: string; messages: Messages }): void {
    this.active = locale;
    this.messages = { ...messages };
    this.emit();
  }

  /** Adds messages to the active language's catalog (a part loaded later). */
  load(locale: string, messages: Messages): void {
    if (locale === this.active) Object.assign(this.messages, messages);
    this.emit();
  }

  /** Calls `listener` after every change of language or catalog; returns the unsubscribe. */
  on(_event: 'change', listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The app's i18n instance. */
export const i18n = new AppI18n();

/** Its type (what `useLingui().i18n` gives). */
export type I18n = AppI18n;
