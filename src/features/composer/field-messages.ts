import { draftFieldOf, type Issue, type IssueFix } from '../../core/issues';
import { issueText, schemaText } from '../../ui/issue-text';

/** One message shown under a field, with the one-click fixes and the code/params of its problem. */
export interface FieldMessage {
  text: string;
  severity: 'error' | 'warning';
  code?: string;
  params?: Issue['params'];
  fixes?: IssueFix[];
}

/** True when an issue path names `field` or something inside it (`options.updateShape`, `start`). */
function issueConcerns(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** Merges the schema error and the issues for one field, errors first, without repeating a sentence. */
export function messagesFor(field: string, schemaError: string | undefined, issues: Issue[]): FieldMessage[] {
  const out: FieldMessage[] = [];
  const seen = new Set<string>();
  const add = (message: FieldMessage) => {
    if (seen.has(message.text)) return;
    seen.add(message.text);
    out.push(message);
  };
  if (schemaError) add({ text: schemaText(schemaError), severity: 'error' });
  for (const issue of issues) {
    if (!issueConcerns(issue.path, field) && draftFieldOf(issue) !== field) continue;
    const { severity, code, params, fixes } = issue;
    add({
      text: issueText(issue),
      severity,
      code,
      ...(params ? { params } : {}),
      ...(fixes?.length ? { fixes } : {}),
    });
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** The aria attributes a control needs to point at its hint and its messages. */
export function fieldAria(id: string, hasHint: boolean, messages: FieldMessage[]) {
  const describedBy = [hasHint ? `${id}-hint` : '', messages.length > 0 ? `${id}-messages` : '']
    .filter(Boolean)
    .join(' ');
  return {
    'aria-invalid': messages.some((m) => m.severity === 'error') ? (true as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}
