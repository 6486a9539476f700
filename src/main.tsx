import './start-later';
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
// The dialogs' base style comes with the page's (the chunk holding the dialogs then has no stylesheet to wait
// for), after the app's own: the place it had as a later stylesheet, so the dialogs look the same.
import './ui/modal-dialog.css';
import { getDefaultRenderer } from './features/preview';
import { activateLocale, initialLocale } from './ui/i18n';

// Starts the preview worker before the first render: its code downloads while the form is drawn.
getDefaultRenderer();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The active language's catalog only; the other is fetched if the user switches. (A `.then`, not a
// top-level await: with one, the bundler splits the first paint into many more chunks.)
// StrictMode only checks in development (it does nothing in a production build, whose bytes it would still cost).
activateLocale(initialLocale()).then(
  () =>
    createRoot(root).render(
      import.meta.env.DEV ? (
        <StrictMode>
          <App />
        </StrictMode>
      ) : (
        <App />
      ),
    ),
  () => {
    // Without its texts the page cannot speak to the user: say so in both languages.
    root.textContent =
      'The page could not load its texts: check your connection and reload. · No se pudieron cargar los textos de la página: revisa tu conexión y recárgala.';
  },
);
