import { formatNumber } from '../../ui/i18n';
import type { RunProgress } from './run-file';
import { TEXT } from './strings';

/** Progress bar, users per second, ETA and Cancel while a file is being checked. */
export function ProgressView(props: {
  fileName: string;
  progress: RunProgress | null;
  onCancel: () => void;
}) {
  const p = props.progress;
  const percent = Math.round((p?.fraction ?? 0) * 100);
  return (
    <div className="audience-progress">
      <p>{TEXT.reading(props.fileName)}</p>
      <div className="audience-row">
        <progress max={100} value={percent} aria-label={TEXT.progressLabel}>
          {percent}%
        </progress>
        <span className="audience-speed" aria-live="off">
          {p ? TEXT.speed(formatNumber(Math.round(p.usersPerSecond))) : ''}
          {p?.etaSeconds != null ? ` · ${TEXT.eta(p.etaSeconds)}` : ''}
        </span>
        <button type="button" className="ui-button" onClick={props.onCancel}>
          {TEXT.cancel}
        </button>
      </div>
    </div>
  );
}
