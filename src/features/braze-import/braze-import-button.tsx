import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useState } from 'react';
import type { Draft } from '../../core/event';
import './braze-import.css';
import '../../ui/button.css';
import { loadCatalogPart } from '../../ui/i18n';

const BrazeImportPanel = lazy(() =>
  Promise.all([import('./braze-import-panel'), loadCatalogPart('panels')]).then(([m]) => ({
    default: m.BrazeImportPanel,
  })),
);

/** Props of BrazeImportButton: receives the draft built from the pasted template. */
export interface BrazeImportButtonProps {
  onImport(draft: Draft): void;
}

/**
 * "Import from Braze": paste a webhook's URL, body and headers; see what maps; use it to fill the form.
 * The dialog and the importer load on first use, so they cost nothing at first paint.
 */
export function BrazeImportButton({ onImport }: BrazeImportButtonProps) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const { t } = useLingui();
  return (
    <>
      <button
        type="button"
        className="ui-button"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        aria-haspopup="dialog"
      >
        {t`Import from Braze…`}
      </button>
      {used ? (
        <Suspense fallback={null}>
          <BrazeImportPanel open={open} onClose={() => setOpen(false)} onImport={onImport} />
        </Suspense>
      ) : null}
    </>
  );
}
