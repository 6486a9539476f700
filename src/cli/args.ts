import { parseArgs } from 'node:util';
import type { DryRunArgs } from './dry-run/dry-run-command';
import { parseDryRunArgs } from './dry-run/dry-run-args';

/** A parsed command line: the command and its options, or a one-line error. */
export type CliArgs =
  | { command: 'help' }
  | { command: 'template'; draft: string; mode?: 'create' | 'update' }
  | { command: 'render'; template: string; user: string }
  | ({ command: 'dry-run' } & DryRunArgs)
  | { command: 'ics'; template: string; user: string }
  | { command: 'error'; message: string };

const OPTIONS = {
  draft: { type: 'string' },
  mode: { type: 'string' },
  template: { type: 'string' },
  user: { type: 'string' },
  users: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ALLOWED: Record<string, string[]> = {
  template: ['draft', 'mode'],
  render: ['template', 'user'],
  'dry-run': ['template', 'users', 'format', 'out'],
  ics: ['template', 'user'],
};

/** Parses CLI arguments (without node and script) into a command; never throws, never exits. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { command: 'error', message: `${(error as Error).message.split('\n')[0]} (see --help)` };
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help') return { command: 'help' };
  if (command === undefined)
    return {
      command: 'error',
      message: 'missing command: use "template", "render", "dry-run" or "ics" (see --help)',
    };
  if (positionals.length > 1)
    return { command: 'error', message: `unexpected argument "${positionals[1]}" (see --help)` };
  const allowed = ALLOWED[command];
  if (!allowed)
    return {
      command: 'error',
      message: `unknown command "${command}": use "template", "render", "dry-run" or "ics" (see --help)`,
    };
  const extra = Object.keys(values).find((k) => !allowed.includes(k));
  if (extra)
    return { command: 'error', message: `option --${extra} does not apply to "${command}" (see --help)` };
  if (command === 'template') {
    if (!values.draft)
      return { command: 'error', message: 'template needs --draft FILE (a Draft JSON file)' };
    if (values.mode !== undefined && values.mode !== 'create' && values.mode !== 'update') {
      return { command: 'error', message: `--mode must be "create" or "update", not "${values.mode}"` };
    }
    return { command: 'template', draft: values.draft, ...(values.mode ? { mode: values.mode } : {}) };
  }
  if (command === 'dry-run') return parseDryRunArgs(values);
  if (!values.template)
    return { command: 'error', message: `${command} needs --template FILE (a template JSON file)` };
  if (!values.user)
    return { command: 'error', message: `${command} needs --user FILE (a sample user JSON file)` };
  return { command: command === 'ics' ? 'ics' : 'render', template: values.template, user: values.user };
}
