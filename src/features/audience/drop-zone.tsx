import { useId, useState, type DragEvent } from 'react';
import { TEXT } from './strings';

/** Where a marketer drops or picks the export file (the file input is the keyboard path). */
export function DropZone(props: { onFile: (file: File) => void }) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) props.onFile(file);
  };
  return (
    <div
      className={`audience-drop${over ? ' audience-drop--over' : ''}`}
      data-testid="audience-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="audience-drop-title">{TEXT.dropHere}</p>
      <p>
        {TEXT.or}{' '}
        <label htmlFor={inputId} className="ui-button ui-button--primary">
          {TEXT.choose}
        </label>
      </p>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        aria-label={TEXT.fileLabel}
        accept=".json,.jsonl,.txt,.csv,.gz,.zip,application/json,text/csv,application/gzip,application/zip"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
          e.target.value = '';
        }}
      />
      <p className="audience-muted">{TEXT.formats}</p>
    </div>
  );
}
