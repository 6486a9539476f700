import { i18n, type I18n } from './instance';
import {
  cloneElement,
  createContext,
  useContext,
  useEffect,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';

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

/** The props the `<Trans>` macro compiles to. */
export interface TransProps {
  id: string;
  /** The English message, compiled by scripts/lingui-macro.ts. */
  message?: string;
  values?: Record<string, unknown>;
  components?: Record<string, ReactElement>;
}

const TAG = /<(\w+)>([\s\S]*?)<\/\1>|<(\w+)\/>/;

/** Turns the `<0>…</0>` and `<1/>` marks of a translated message into the given elements, recursively. */
function formatElements(text: string, elements: Record<string, ReactElement>, key = { n: 0 }): ReactNode {
  const parts = text.split(TAG);
  if (parts.length === 1) return text;
  const tree: ReactNode[] = parts[0] ? [parts[0]] : [];
  for (let i = 1; i < parts.length; i += 4) {
    const [paired, children, unpaired, after] = parts.slice(i, i + 4);
    const element = elements[paired ?? unpaired ?? ''] ?? <></>;
    const props = element.props as { children?: ReactNode };
    tree.push(
      cloneElement(
        element,
        { key: key.n++ },
        children ? formatElements(children, elements, key) : props.children,
      ),
    );
    if (after) tree.push(after);
  }
  return tree.length === 1 ? tree[0] : tree;
}

/** Lingui's `<Trans>`: the message in the active language, with its elements and React values in place. */
export function Trans({ id, message, values, components }: TransProps) {
  const { i18n: active } = useLingui();
  const elements = { ...components };
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      const index = Object.keys(elements).length;
      elements[index] = <>{value as ReactNode}</>;
      plain[name] = `<${index}/>`;
    }
  }
  return <>{formatElements(active._(id, values && plain, { message }), elements)}</>;
}
