import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateTestLocale } from './test-locale';

// findBy… and waitFor wait up to 5 s instead of 1 s: dialogs and panels load lazily, and on a busy machine
// loading a chunk alone passed 1 s. A passing test still returns as soon as its element is there.
configure({ asyncUtilTimeout: 5000 });

// Components render in English, as for a browser set to English (a test may switch to Spanish).
activateTestLocale('en');

// Both storages: the working copy of the tab lives in sessionStorage, and a file run after another in the same
// worker (isolate: false) would open with the draft the previous file left there.
afterEach(() => {
  activateTestLocale('en');
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
