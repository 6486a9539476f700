import { useLingui } from '@lingui/react/macro';
import type { CopyResult } from './use-clipboard';

/** One piece to paste into Braze: where it goes, its value, and a copy button that shows "Copied". */
export function CopyRow(props: {
  id: string;
  label: string;
  where: string;
  value: string;
  multiline?: boolean;
  /** Accessible name of the button; default `Copy <label>`. */
  copyLabel?: string;
  result: CopyResult | null;
  onCopy(id: string, text: string, what: string): void;
  /** Copying is blocked (the notice with id `braze-setup-blocked` says why). */
  disabled?: boolean;
}) {
  const { id, label, where, value, multiline, copyLabel, result, onCopy, disabled } = props;
  const { t } = useLingui();
  const copied = result?.id === id && result.ok;
  return (
    <div className="braze-setup-row">
      <div className="braze-setup-row-head">
        <span className="braze-setup-row-label">{label}</span>
        <span className="braze-setup-row-where">{where}</span>
        <button
          type="button"
          className={copied ? 'braze-setup-copy braze-setup-copy--done' : 'braze-setup-copy'}
          aria-label={copyLabel ?? t`Copy ${label}`}
          disabled={disabled}
          aria-describedby={disabled ? 'braze-setup-blocked' : undefined}
          onClick={() => onCopy(id, value, label)}
        >
          {copied ? t`Copied ✓` : t`Copy`}
        </button>
      </div>
      {multiline ? (
        // Focusable so keyboard users can scroll a long block (axe: scrollable-region-focusable).
        <pre className="braze-setup-value braze-setup-value--block" tabIndex={0} aria-label={label}>
          {value}
        </pre>
      ) : (
        <code className="braze-setup-value">{value}</code>
      )}
    </div>
  );
}
