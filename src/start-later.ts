// The page's first module, in a chunk of its own (vite.config.ts) so that it runs as soon as the page's scripts
// have downloaded, before React and the app are evaluated. Only now does the page fetch what is drawn after the
// form (index.html holds those preloads inert, `data-later`: on a slow link they would share the bandwidth with
// the main bundle) and start the preview worker, whose code then downloads while the app starts.
import { startPreviewWorkerEarly } from './features/preview/early-worker';

for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-later]')) link.media = 'all';
startPreviewWorkerEarly();
