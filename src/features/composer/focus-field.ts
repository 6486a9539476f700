import type { DraftFieldName } from '../../core/issues';

/** The id of the control that edits each composer field (the first control, for radio groups). */
function controlIds(name: DraftFieldName): string[] {
  switch (name) {
    case 'mode':
      return ['composer-mode-create'];
    case 'notifyBefore':
      return ['composer-reminder-minutes', 'composer-reminder'];
    case 'options.updateShape':
      return ['composer-update-shape-nested'];
    default:
      return [`composer-${name.replace('.', '-')}`];
  }
}

/**
 * Moves to a composer field: opens the section it hides in, scrolls it into view and focuses its control.
 * Returns false when the field is not on screen (nothing happens then).
 */
export function focusComposerField(name: DraftFieldName, root: Document = document): boolean {
  const control = controlIds(name)
    .map((id) => root.getElementById(id))
    .find((el): el is HTMLElement => el !== null);
  if (!control) return false;
  const details = control.closest('details');
  if (details && !details.open) details.open = true;
  if (typeof control.scrollIntoView === 'function') control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}
