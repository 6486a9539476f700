/** The name a draft gets when two versions have to be kept: `Sale (conflict copy)`, then `(conflict copy 2)`… */
export function suffixedName(taken: ReadonlySet<string>, name: string, suffix: string): string {
  const base = `${name.trim() || 'Untitled draft'} (${suffix}`;
  if (!taken.has(`${base})`)) return `${base})`;
  let n = 2;
  while (taken.has(`${base} ${n})`)) n += 1;
  return `${base} ${n})`;
}
