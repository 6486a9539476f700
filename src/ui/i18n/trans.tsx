import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { useLingui } from './runtime';

// Lingui's `<Trans>` (the macro compiles to this module's Trans, lingui.config.ts), apart from the runtime so
// that the first paint, which writes its texts with `t`, does without it.

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
