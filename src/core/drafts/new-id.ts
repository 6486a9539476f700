let counter = 0;

/** Returns a fresh unique id for a named draft (a UUID when the runtime has one). */
export function newDraftId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  counter += 1;
  return `d${Date.now().toString(36)}${counter.toString(36)}`;
}
