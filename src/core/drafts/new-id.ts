let counter = 0;

/** Returns a fresh id for a named draft, unique within this page and practically unique across reloads. */
export function newDraftId(): string {
  counter += 1;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `d${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
