import { t } from '@lingui/core/macro';
import { lazy, type ComponentProps } from 'react';
import { loadLater } from '../../ui/load-later';
import type { LivePreviewPane as Pane } from './preview-pane';
// The pane's styles come with the page's: as a stylesheet of the pane's chunk, the chunk's code was requested
// only once that stylesheet had loaded, an event this thread handles after drawing the form.
import './preview.css';
import './code-view.css';
import './problem-list.css';

// The preview pane and the all-users check draw the right-hand side only: they load after the form, in
// parallel with it (index.html preloads their code).

const usePane = loadLater(() => import('./preview-pane'), { first: true });

/**
 * The preview pane of a live session, loaded after the first paint: drawn the moment its code has run (see
 * loadLater), not at the next Suspense retry, which waited for the other parts of the screen mounting first.
 */
export function LivePreviewPane(props: ComponentProps<typeof Pane>) {
  const pane = usePane();
  return pane ? <pane.LivePreviewPane {...props} /> : <p className="app-loading">{t`Loading…`}</p>;
}

/** The all-sample-users check, loaded after the first paint. */
export const AllUsersCheck = lazy(() =>
  import('./all-users-check').then((m) => ({ default: m.AllUsersCheck })),
);
