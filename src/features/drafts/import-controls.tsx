import { useSyncExternalStore, type ChangeEvent } from 'react';
import type { ImportTracker } from './import-tracker';
import { dialogText } from './dialog-text';
import '../../ui/button.css';

interface ImportControlsProps {
  imports: ImportTracker;
  onFile(file: File): void;
}

/** The Import button and the import's progress or outcome; re-renders alone while an import runs. */
export function ImportControls({ imports, onFile }: ImportControlsProps) {
  const status = useSyncExternalStore(imports.subscribe, imports.get);
  const running = status?.kind === 'running';
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="drafts-import">
      <label className={running ? 'ui-button drafts-file-label is-disabled' : 'ui-button drafts-file-label'}>
        {dialogText.importButton}
        <input
          type="file"
          accept="application/json,.json"
          className="drafts-file-input"
          onChange={pick}
          disabled={running}
        />
      </label>
      {status ? (
        <p
          className={`drafts-status drafts-status--${status.kind === 'running' ? 'progress' : status.tone}`}
          role={status.kind === 'finished' && status.tone === 'error' ? 'alert' : 'status'}
          data-import={status.kind}
        >
          {status.kind === 'running' ? dialogText.importing(status.written, status.total) : status.text}
        </p>
      ) : null}
    </div>
  );
}
