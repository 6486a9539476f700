import { describe, expect, it } from 'vitest';

/** Imports a package by name the way the bundle does (vite.config.ts's aliases apply). */
const load = (name: string) => import(/* @vite-ignore */ name) as Promise<Record<string, () => unknown>>;

describe('the libraries left out with the modal overlays', () => {
  it.each([
    ['@radix-ui/react-dialog', 'Root'],
    ['@radix-ui/react-dialog', 'Content'],
    ['react-remove-scroll', 'RemoveScroll'],
    ['aria-hidden', 'hideOthers'],
  ])('%s %s says it is not bundled instead of running without its effect', async (name, part) => {
    const module = await load(name);
    expect(() => module[part]!()).toThrow(/Modal popovers and command dialogs are not bundled/);
  });
});
