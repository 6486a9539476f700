import { t } from '@lingui/core/macro';
import '../../ui/button.css';

/** Why copying is blocked, as the app computes it, and how to reach the field to fix. */
export interface CopyBlock {
  text: string;
  /** The label of the composer field to fix, when the problem is in one. */
  fieldLabel?: string;
  onGoToField?: () => void;
}

/** Every sentence of the notice, in one place, in the active language (read when shown). */
const TEXT = {
  get title() {
    return t`Copying is blocked: Braze would send a broken webhook.`;
  },
  goTo: (label: string) => t`Go to ${label}`,
  get anyway() {
    return t`Copy anyway`;
  },
  get unlocked() {
    return t`Copying is allowed although the template still has problems.`;
  },
};

/** The notice above the copy buttons while the template has an error, with a link to the field and "Copy anyway". */
export function CopyBlockedNotice(props: { block: CopyBlock; unlocked: boolean; onUnlock(): void }) {
  const { block, unlocked, onUnlock } = props;
  return (
    <div id="braze-setup-blocked" className="braze-setup-blocked" role="note">
      <p className="braze-setup-blocked-title">
        <strong>{unlocked ? TEXT.unlocked : TEXT.title}</strong>
      </p>
      <p className="braze-setup-blocked-text">{block.text}</p>
      <div className="braze-setup-blocked-actions">
        {block.fieldLabel && block.onGoToField && (
          <button type="button" className="ui-button ui-button--primary" onClick={block.onGoToField}>
            {TEXT.goTo(block.fieldLabel)}
          </button>
        )}
        {!unlocked && (
          <button type="button" className="ui-button" onClick={onUnlock}>
            {TEXT.anyway}
          </button>
        )}
      </div>
    </div>
  );
}
