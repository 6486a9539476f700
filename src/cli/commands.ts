import { renderRequest } from '../core/render';
import { buildTemplate } from '../core/template';
import { parseCliArgs } from './args';
import { dryRunCommand } from './dry-run/dry-run-command';
import { icsCommand } from './ics-command';
import { InputError, readDraft, readTemplate, readTextFile, readUser } from './read-input';
import type { ReadText } from './read-input';
import { USAGE } from './usage';

/** What a CLI run produces; main.ts writes it out and sets the exit code. */
export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const fail = (message: string): CliResult => ({ stdout: '', stderr: `error: ${message}\n`, exitCode: 2 });

/** `template`: prints the Braze template for the draft file (optionally forcing the mode). */
function templateCommand(
  draftPath: string,
  mode: 'create' | 'update' | undefined,
  readText: ReadText,
): CliResult {
  const draft = readDraft(draftPath, readText);
  const template = buildTemplate(mode ? { ...draft, mode } : draft);
  return { stdout: json(template), stderr: '', exitCode: 0 };
}

/** `render`: renders the template file for the user file; exit 1 when the rendered request has errors. */
async function renderCommand(templatePath: string, userPath: string, readText: ReadText): Promise<CliResult> {
  const template = readTemplate(templatePath, readText);
  const user = readUser(userPath, readText);
  const r = await renderRequest(template, user);
  const out = {
    url: r.url,
    method: r.method,
    headers: r.headers,
    body: r.body,
    json: r.json ?? null,
    errors: r.errors.map(({ code, message, path }) => ({ code, message, path })),
    warnings: r.warnings.map(({ code, message, path }) => ({ code, message, path })),
    ...(r.aborted ? { aborted: r.aborted } : {}),
  };
  if (r.errors.length === 0) return { stdout: json(out), stderr: '', exitCode: 0 };
  const first = r.errors[0]!;
  const count = `${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`;
  const line = `${count}: ${first.path ? `${first.path}: ` : ''}${first.message}`.replace(/\s*\n\s*/g, ' ');
  return { stdout: json(out), stderr: `${line}\n`, exitCode: 1 };
}

/** Runs the CLI for arguments (without node and script) and returns its output; never throws. */
export async function runCli(argv: string[], readText: ReadText = readTextFile): Promise<CliResult> {
  const args = parseCliArgs(argv);
  try {
    switch (args.command) {
      case 'help':
        return { stdout: USAGE, stderr: '', exitCode: 0 };
      case 'error':
        return fail(args.message);
      case 'template':
        return templateCommand(args.draft, args.mode, readText);
      case 'render':
        return await renderCommand(args.template, args.user, readText);
      case 'dry-run':
        return await dryRunCommand(args, readText);
      case 'ics':
        return await icsCommand(args.template, args.user, readText);
    }
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    return fail(`unexpected failure: ${String(error).split('\n')[0]}`);
  }
}
