import type { Issue, IssueField } from '../issues';
import type { BrazeTemplate } from '../template';
import { excerptAt, positionOfOffset } from './text-position';

/** One separately rendered part of a template: the URL, one header value or the body. */
export interface TemplateField {
  field: Exclude<IssueField, 'method' | 'draft'>;
  path: string;
  text: string;
  headerName?: string;
}

/** Lists the template's separately rendered fields (Braze variables never cross them). */
export function templateFields(template: BrazeTemplate): TemplateField[] {
  return [
    { field: 'url', path: 'url', text: template.url },
    ...template.headers.map((h) => ({
      field: 'headers' as const,
      path: `headers.${h.name}`,
      text: h.value,
      headerName: h.name,
    })),
    { field: 'body', path: 'body', text: template.body },
  ];
}

/** Builds an Issue located at `offset` in a template field (line, column and excerpt in that field's text). */
export function issueAt(
  f: TemplateField,
  offset: number,
  code: string,
  severity: Issue['severity'],
  message: string,
): Issue {
  const { line, column } = positionOfOffset(f.text, offset);
  return {
    code,
    severity,
    message,
    path: f.path,
    field: f.field,
    line,
    column,
    excerpt: excerptAt(f.text, offset),
  };
}
