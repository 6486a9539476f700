/** Child process of the dry-run bench: runs the CLI's dry run on a file and prints its speed and peak memory. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runDryRun } from '../src/cli/dry-run/run-dry-run';
import type { BrazeTemplate } from '../src/core/template';

const [templatePath, usersPath] = process.argv.slice(2) as [string, string];
const template = JSON.parse(readFileSync(templatePath, 'utf8')) as BrazeTemplate;
const load = loadavg()[0];
const { report, stats } = await runDryRun(template, usersPath);
const cpu = process.cpuUsage(); // every thread of this process, start-up included
process.stdout.write(
  `${JSON.stringify({
    users: report.users,
    seconds: stats.seconds,
    usersPerSecond: stats.usersPerSecond,
    threads: stats.threads,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuUsPerUser: (cpu.user + cpu.system) / report.users,
    loadAverage: [load, loadavg()[0]],
  })}\n`,
);
