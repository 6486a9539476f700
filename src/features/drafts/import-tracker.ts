/** Progress of a running import, or its last outcome. */
export type ImportStatus =
  | { kind: 'running'; file: string; written: number; total: number }
  | { kind: 'finished'; tone: 'info' | 'error'; text: string }
  | null;

/**
 * Holds the import status outside React state, so progress updates re-render only the status line and not the
 * list of thousands of drafts.
 */
export class ImportTracker {
  private status: ImportStatus = null;
  private readonly listeners = new Set<() => void>();

  get = (): ImportStatus => this.status;

  set(status: ImportStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
