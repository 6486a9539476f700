import { useMemo, useState } from 'react';
import { FIELD_LABELS, type Draft } from '../../core/event';
import { importBrazeTemplate } from '../../core/import';
import { parseHeaderLines } from './header-lines';

const LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  notifyBefore: `${FIELD_LABELS.notifyBefore} (minutes)`,
  'options.quoteNotifyBefore': 'Quoted notifyBefore',
  'options.updateShape': 'Update body shape',
  'options.appendUserId': 'Append user id',
  'options.abortWithoutSubscriptions': 'Skip users without subscriptions',
};

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
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The import form's text state and, once a URL or body is pasted, what importBrazeTemplate made of it. */
export function useBrazeImport() {
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');
  const [headerText, setHeaderText] = useState('');
  const result = useMemo(() => {
    if (!url.trim() && !body.trim()) return null;
    const { headers, ignored } = parseHeaderLines(headerText);
    const imported = importBrazeTemplate({ url, body, headers: headers.length > 0 ? headers : undefined });
    const mapped: MappedRow[] = imported.mapped.map((field) => ({
      field,
      label: LABELS[field] ?? field,
      value: valueAt(imported.draft, field),
    }));
    const unmapped = [
      ...ignored.map((line) => ({
        part: 'headers',
        text: line,
        reason: 'Not a header line: write it as Name: value (or name, a tab, then the value).',
      })),
      ...imported.unmapped,
    ];
    return { draft: imported.draft, mapped, unmapped, notes: imported.notes };
  }, [url, body, headerText]);
  const reset = () => {
    setUrl('');
    setBody('');
    setHeaderText('');
  };
  return { url, setUrl, body, setBody, headerText, setHeaderText, result, reset };
}
