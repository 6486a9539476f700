/**
 * Stands in (vite.config.ts aliases) for the libraries that only modal overlays use: Radix's Dialog (cmdk's
 * `Command.Dialog`), react-remove-scroll and aria-hidden (a modal Radix popover's scroll lock and hiding of the
 * rest of the page). The timezone picker is a non-modal popover with an inline command list, so none of them
 * runs; without them its chunk, which the page waits for on a slow link, is about a quarter smaller. Using a
 * modal variant throws this error instead of silently losing its scroll lock or focus handling.
 */
function leftOut(): never {
  throw new Error('Modal popovers and command dialogs are not bundled: see modal-parts.ts.');
}

export {
  leftOut as Root,
  leftOut as Portal,
  leftOut as Overlay,
  leftOut as Content,
  leftOut as RemoveScroll,
  leftOut as hideOthers,
};
