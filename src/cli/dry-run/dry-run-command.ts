import { writeFileSync } from 'node:fs';
import type { ExportFormat } from '../../core/audience';
import type { CliResult } from '../commands';
import { InputError, type ReadText, readTemplate } from '../read-input';
import { runDryRun } from './run-dry-run';
import { reportJson, summarize } from './summary';

/** Options of `dry-run`, as parsed from the command line. */
export interface DryRunArgs {
  template: string;
  users: string;
  format?: ExportFormat;
  out?: string;
}

/**
 * `dry-run`: checks every user of an export against the template. Without --out the report JSON goes to
 * stdout and the summary to stderr; with --out the report is written there and the summary printed.
 * Exit 1 when any user would fail.
 */
export async function dryRunCommand(args: DryRunArgs, readText: ReadText): Promise<CliResult> {
  const template = readTemplate(args.template, readText);
  const { report, stats } = await runDryRun(template, args.users, args.format ? { format: args.format } : {});
  const summary = summarize(report, stats);
  const json = reportJson(report, stats);
  if (args.out) {
    try {
      writeFileSync(args.out, json);
    } catch (error) {
      throw new InputError(`cannot write report file "${args.out}": ${(error as Error).message}`);
    }
  }
  const exitCode = report.failed > 0 ? 1 : 0;
  return args.out ? { stdout: summary, stderr: '', exitCode } : { stdout: json, stderr: summary, exitCode };
}
