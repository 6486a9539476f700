import type { ExportFormat } from '../../core/audience';
import type { DryRunArgs } from './dry-run-command';

const FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'ids'];

/** Checks the options of `dry-run`; returns the command or a one-line error naming the option and the fix. */
export function parseDryRunArgs(values: {
  template?: string;
  users?: string;
  format?: string;
  out?: string;
}): ({ command: 'dry-run' } & DryRunArgs) | { command: 'error'; message: string } {
  if (!values.template)
    return { command: 'error', message: 'dry-run needs --template FILE (a template JSON file)' };
  if (!values.users) return { command: 'error', message: 'dry-run needs --users FILE (a Braze user export)' };
  const format = values.format as ExportFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format))
    return { command: 'error', message: `--format must be "jsonl", "csv" or "ids", not "${values.format}"` };
  return {
    command: 'dry-run',
    template: values.template,
    users: values.users,
    ...(format ? { format } : {}),
    ...(values.out ? { out: values.out } : {}),
  };
}
