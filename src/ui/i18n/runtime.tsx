import { i18n, type I18n } from './instance';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export { i18n };

/** What `useLingui()` gives: the i18n instance and its `_` (the `t` of Lingui's useLingui macro compiles to it). */
export interface I18nContext {
  i18n: I18n;
  _: I18n['_'];
}

const current = (): I18nContext => ({ i18n, _: i18n._.bind(i18n) });

/** The context used where no provider is above: the global i18n (component tests, detached roots). */
const fallback = current();
const LinguiContext = createContext<I18nContext | null>(null);

/**
 * Gives the components below the active language, with a new context value on each switch (so components that
 * read it re-render). The few lines @lingui/react's provider needs, without its weight at first paint.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => ({ context: current(), locale: i18n.locale }));
  const renderedLocale = state.locale;
  useEffect(() => {
    const update = () => setState({ context: current(), locale: i18n.locale });
    // A switch between the first render and this effect would otherwise be missed.
    if (renderedLocale !== i18n.locale) update();
    return i18n.on('change', update);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once; the locale is read for the catch-up only
  }, []);
  return <LinguiContext.Provider value={state.context}>{children}</LinguiContext.Provider>;
}

/** The active language's i18n, falling back to the global one outside the provider (the macros compile to this). */
export function useLingui(): I18nContext {
  return useContext(LinguiContext) ?? fallback;
}
