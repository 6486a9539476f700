import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateTestLocale } from './test-locale';

// Components render in English, as for a browser set to English (a test may switch to Spanish).
activateTestLocale('en');

afterEach(() => {
  activateTestLocale('en');
  cleanup();
  localStorage.clear();
});
