import { beforeEach } from 'vitest';
import { clearParseCache } from '../core/liquid';

// Stryker records which tests run each mutant and later runs only those. A template parsed once is cached, so
// without this only the first test to parse it would be credited, and a later test that checks the parse
// (its problem, its warnings, its rewrite) would never run against the mutant.
beforeEach(() => {
  clearParseCache();
});
