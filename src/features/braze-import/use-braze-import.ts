import { t } from '@lingui/core/macro';
import { useMemo, useState } from 'react';
import type { Draft } from '../../core/event';
import type { DraftFieldName } from '../../core/issues';
import { fieldLabel } from '../../ui/field-labels';
import { importBrazeTemplate } from '../../core/import';
import { parseHeaderLines } from './header-lines';
import { useLocale } from '../../ui/i18n';
import { importText } from '../../ui/issue-text';

/** A filled-in field's name in the active language. */
function label(field: string): string {
  switch (field) {
    case 'notifyBefore':
      return t`Reminder (minutes)`;
    case 'options.quoteNotifyBefore':
      return t`Quoted notifyBefore`;
    case 'options.appendUserId':
      return t`Append user id`;
    case 'options.abortWithoutSubscriptions':
      return t`Skip users without subscriptions`;
    default:
      return fieldLabel(field as DraftFieldName) ?? field;
  }
}

/** A mapped field as shown: its label and the value it got. */
export interface MappedRow {
  field: string;
  label: string;
  value: string;
}

function valueAt(draft: Draft, field: string): string {
  const value: unknown = field.startsWith('options.')
    ? draft.options[field.slice(8) as keyof Draft['options']]
    : draft[field as keyof Draft];
  if (typeof value === 'boolean') return value ? t`yes` : t`no`;
  return String(value);
}

/** The import form's text state and, once a URL or body is pasted, what importBrazeTemplate made of it. */
export function useBrazeImport() {
  // Worded in the active language: built again on a switch.
  const { locale } = useLocale();
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');
  const [headerText, setHeaderText] = useState('');
  const result = useMemo(() => {
    void locale;
    if (!url.trim() && !body.trim()) return null;
    const { headers, ignored } = parseHeaderLines(headerText);
    const imported = importBrazeTemplate({ url, body, headers: headers.length > 0 ? headers : undefined });
    const mapped: MappedRow[] = imported.mapped.map((field) => ({
      field,
      label: label(field),
      value: valueAt(imported.draft, field),
    }));
    const unmapped = [
      ...ignored.map((line) => ({
        part: 'headers',
        text: line,
        reason: t`Not a header line: write it as Name: value (or name, a tab, then the value).`,
      })),
      ...imported.unmapped.map(({ part, text, reason, why }) => ({
        part,
        text,
        reason: importText(why, reason),
      })),
    ];
    const notes = imported.notes.map((note, i) => {
      const why = imported.noteCodes[i];
      return why ? importText(why, note) : note;
    });
    return { draft: imported.draft, mapped, unmapped, notes };
  }, [url, body, headerText, locale]);
  const reset = () => {
    setUrl('');
    setBody('');
    setHeaderText('');
  };
  return { url, setUrl, body, setBody, headerText, setHeaderText, result, reset };
}
