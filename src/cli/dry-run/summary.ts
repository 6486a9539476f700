import type { DryRunReport } from '../../core/audience';
import type { DryRunStats } from './run-dry-run';

const n = (value: number) => value.toLocaleString('en-US');

/** The report in a few lines for a terminal: totals, each cause with its count and fix, and the speed. */
export function summarize(report: DryRunReport, stats: DryRunStats): string {
  const lines = [
    `Checked ${n(report.users)} users (${report.format ?? 'unknown format'}) in ${stats.seconds.toFixed(1)} s: ${n(Math.round(stats.usersPerSecond))} users/s on ${stats.threads} threads.`,
    `Would be sent: ${n(report.sent)}. Skipped by the template: ${n(report.aborted)}. Would fail: ${n(report.failed)}. Unreadable lines: ${n(report.malformed.count)}.`,
  ];
  for (const c of report.causes) {
    const who = c.examples.map((e) => `${e.userId || '(empty id)'} (line ${e.line})`).join(', ');
    lines.push(`  ${c.code}: ${n(c.count)} users, e.g. ${who}. Fix: ${c.fix}`);
  }
  for (const a of report.abortReasons) lines.push(`  skipped: ${n(a.count)} users: ${a.reason}`);
  if (report.duplicates.users > 0) {
    lines.push(
      `  ${n(report.duplicates.users)} users share ${n(report.duplicates.eventIds)} event ids (each overwrites the others' event), e.g. "${report.duplicates.examples[0]?.eventId ?? ''}".`,
    );
  }
  for (const m of report.malformed.examples.slice(0, 3)) {
    lines.push(`  line ${m.line}${m.file ? ` of ${m.file}` : ''} ${m.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report for `--out` and stdout: the failures keep their rows but not the user objects. */
export function reportJson(report: DryRunReport, stats: DryRunStats): string {
  const failures = report.failures.map(({ user: _user, ...row }) => row);
  return `${JSON.stringify({ ...report, failures, stats }, null, 2)}\n`;
}
