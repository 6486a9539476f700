// The first script index.html runs: it starts the preview worker while the main bundle is still on its way, so
// the worker's code (the largest file) downloads in parallel instead of after it. Imported directly, not through
// the feature's index, so that this script stays a few hundred bytes.
import { startPreviewWorkerEarly } from './features/preview/early-worker';

startPreviewWorkerEarly();
