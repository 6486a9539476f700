import { lazy, Suspense } from 'react';
import type { DraftsMenuProps } from './drafts-menu';
import '../../ui/button.css';

const Menu = lazy(() => import('./drafts-menu').then((m) => ({ default: m.DraftsMenu })));

/** The Drafts button and dialog, loaded after the first paint (index.html preloads it; autosave does not wait). */
export function DraftsMenu(props: DraftsMenuProps) {
  return (
    <Suspense
      fallback={
        <button type="button" className="ui-button" disabled aria-busy="true">
          Drafts
        </button>
      }
    >
      <Menu {...props} />
    </Suspense>
  );
}
