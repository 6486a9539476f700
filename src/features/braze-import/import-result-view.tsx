import { Trans, useLingui } from '@lingui/react/macro';
import type { MappedRow } from './use-braze-import';

interface ImportResultViewProps {
  mapped: MappedRow[];
  unmapped: { part: string; text: string; reason: string }[];
  /** What was read differently from how it was pasted (translated header names). */
  notes?: string[];
}

/** Lists what the import filled in and what it could not carry over, with the reason. */
export function ImportResultView({ mapped, unmapped, notes = [] }: ImportResultViewProps) {
  const { t } = useLingui();
  const filled = mapped.length;
  const left = unmapped.length;
  return (
    <div className="braze-import-result" aria-live="polite">
      {notes.length > 0 ? (
        <ul className="braze-import-notes" aria-label={t`Translated`}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="braze-import-mapped-title">
        <h3 id="braze-import-mapped-title" className="braze-import-section-title">
          <Trans>Filled in ({filled})</Trans>
        </h3>
        {mapped.length === 0 ? (
          <p className="braze-import-hint">
            <Trans>Nothing could be read yet: check the URL and body.</Trans>
          </p>
        ) : (
          <dl className="braze-import-mapped">
            {mapped.map((row) => (
              <div key={row.field} className="braze-import-mapped-row">
                <dt>{row.label}</dt>
                <dd>{row.value || t`(empty)`}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {unmapped.length > 0 ? (
        <section aria-labelledby="braze-import-unmapped-title">
          <h3 id="braze-import-unmapped-title" className="braze-import-section-title">
            <Trans>Not carried over ({left})</Trans>
          </h3>
          <ul className="braze-import-unmapped">
            {unmapped.map((piece, index) => (
              <li key={`${piece.part}-${index}`} className="braze-import-unmapped-item">
                <span className="braze-import-part">{piece.part}</span>
                {piece.text ? <code className="braze-import-code">{piece.text}</code> : null}
                <span className="braze-import-reason">{piece.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
