import { lazy } from 'react';

// The preview pane and the all-users check draw the right-hand side only: they load after the form, in
// parallel with it (index.html preloads their code), inside the workspace's Suspense boundary.

/** The preview pane of a live session, loaded after the first paint. */
export const LivePreviewPane = lazy(() =>
  import('./preview-pane').then((m) => ({ default: m.LivePreviewPane })),
);

/** The all-sample-users check, loaded after the first paint. */
export const AllUsersCheck = lazy(() =>
  import('./all-users-check').then((m) => ({ default: m.AllUsersCheck })),
);
