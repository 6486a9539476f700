import { memo, type ComponentProps, type ComponentType } from 'react';
import { loadLater } from '../../ui/load-later';
import type { DraftsDialog as Drafts } from './drafts-dialog';
import type { DraftsNotices as Notices } from './drafts-notices';
import type { SaveAsDialog as SaveAs } from './save-as-dialog';
import type { UnsavedDialog as Unsaved } from './unsaved-dialog';

/**
 * A dialog whose code loads right after the first paint (index.html preloads it): the dialogs are shown only
 * on Open…, Save as… or an unsaved-changes question, and the form must not wait for them.
 */
function afterFirstPaint<P extends object>(load: () => Promise<ComponentType<P>>) {
  const useLoaded = loadLater(() => load().then((Component) => ({ Component })));
  return function AfterFirstPaint(props: P) {
    const loaded = useLoaded();
    return loaded ? <loaded.Component {...props} /> : null;
  };
}

/**
 * The Drafts dialog: list, rows, import and export. While it stays closed it does not re-render (the document
 * changes on every keystroke; a closed dialog shows nothing of it).
 */
export const DraftsDialog = memo(
  afterFirstPaint<ComponentProps<typeof Drafts>>(() => import('./drafts-dialog').then((m) => m.DraftsDialog)),
  (before, after) => !before.open && !after.open,
);

/** The Save as… dialog. */
export const SaveAsDialog = afterFirstPaint<ComponentProps<typeof SaveAs>>(() =>
  import('./save-as-dialog').then((m) => m.SaveAsDialog),
);

/** The unsaved-changes question (save, don't save, cancel). */
export const UnsavedDialog = afterFirstPaint<ComponentProps<typeof Unsaved>>(() =>
  import('./unsaved-dialog').then((m) => m.UnsavedDialog),
);

/** The notices at the bottom of the screen (failures, another tab's changes, the last action with Undo). */
export const DraftsNotices = afterFirstPaint<ComponentProps<typeof Notices>>(() =>
  import('./drafts-notices').then((m) => m.DraftsNotices),
);
