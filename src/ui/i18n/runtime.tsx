import { i18n } from '@lingui/core';
import { LinguiContext, Trans as LinguiTrans, type I18nContext, type TransProps } from '@lingui/react';
import { useContext } from 'react';

export { i18n };

/** The context used where no I18nProvider is above: the global i18n (component tests, detached roots). */
const fallback: I18nContext = { i18n, _: i18n._.bind(i18n) };

/** Lingui's useLingui, falling back to the global i18n outside the provider (the macros compile to this). */
export function useLingui(): I18nContext {
  return useContext(LinguiContext) ?? fallback;
}

/** Lingui's Trans, rendering with the global i18n outside the provider (the `<Trans>` macro compiles to this). */
export function Trans(props: TransProps) {
  const context = useContext(LinguiContext);
  const element = <LinguiTrans {...props} />;
  return context ? element : <LinguiContext.Provider value={fallback}>{element}</LinguiContext.Provider>;
}
