import { plural, t } from '@lingui/core/macro';
import { draftFieldOf, type DraftFieldName, type Issue } from '../core/issues';
import type { PreviewState } from '../features/preview';
import { fieldLabel } from '../ui/field-labels';
import { issueText } from '../ui/issue-text';

/** Why copying or sending is not possible now, and the composer field to fix (null: not a form field). */
export interface Blocked {
  text: string;
  field: DraftFieldName | null;
}

/** Every sentence about blocking, in one place, in the active language (read when shown). */
const TEXT = {
  get rendering() {
    return t`The preview is still rendering.`;
  },
  get failed() {
    return t`The preview could not be rendered.`;
  },
  get notReady() {
    return t`The preview is not ready yet.`;
  },
  aborted: (reason: string) => t`Braze would not send to this sample user: ${reason}`,
  fixField: (label: string, message: string) => t`Fix ${label} first: ${message}`,
  fixOther: (message: string) => t`Fix this problem first: ${message}`,
  more: (n: number) =>
    plural(n, {
      one: ' (and one more problem in the Problems list)',
      other: ' (and # more problems in the Problems list)',
    }),
};

/** Problems that come from the sample user's data, not from the template: they do not block copying. */
function isAboutUserData(issue: Issue): boolean {
  return issue.code.startsWith('user.') || /^(event\.)?subscriptionIds(\[|$)/.test(issue.path);
}

function firstError(errors: Issue[]): Blocked | null {
  const [first] = errors;
  if (!first) return null;
  const field = draftFieldOf(first);
  const more = errors.length > 1 ? TEXT.more(errors.length - 1) : '';
  const message = issueText(first);
  const text = field ? TEXT.fixField(fieldLabel(field), message) : TEXT.fixOther(message);
  return { text: text + more, field };
}

/** Says why the template should not be copied into Braze yet (an error in it), or null when it can be. */
export function copyBlockedReason(problems: Issue[]): Blocked | null {
  return firstError(problems.filter((i) => i.severity === 'error' && !isAboutUserData(i)));
}

/** Says why a test send is not possible right now (any error, or the rendering), or null when it can be sent. */
export function sendBlockedReason(preview: PreviewState, problems: Issue[]): Blocked | null {
  const error = firstError(problems.filter((i) => i.severity === 'error'));
  if (error) return error;
  if (preview.status === 'rendering' && !preview.rendered) return { text: TEXT.rendering, field: null };
  if (preview.status === 'failed')
    return { text: preview.error ? issueText(preview.error) : TEXT.failed, field: null };
  const rendered = preview.rendered;
  if (!rendered) return { text: TEXT.notReady, field: null };
  if (rendered.aborted) return { text: TEXT.aborted(rendered.aborted.reason), field: null };
  return null;
}
