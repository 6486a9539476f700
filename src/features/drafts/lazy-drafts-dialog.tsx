import { lazy, Suspense, type ComponentProps } from 'react';
import type { DraftsDialog as Dialog } from './drafts-dialog';

const Lazy = lazy(() => import('./drafts-dialog').then((m) => ({ default: m.DraftsDialog })));

/**
 * The Drafts dialog (list, rows, import and export), loaded right after the first paint (index.html preloads
 * it): it is shown only on Open…, and the form must not wait for it.
 */
export function DraftsDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}
