/** The readable label of a Windows id: `Eastern Standard Time` -> `Eastern Time` (covers both halves of DST). */
export function labelOfWindowsId(id: string): string {
  return id.replace(' Standard Time', ' Time');
}
