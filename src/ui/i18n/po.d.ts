// Catalogs are compiled when imported, keyed like the code (scripts/lingui-macro.ts, linguiCatalogs).
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
