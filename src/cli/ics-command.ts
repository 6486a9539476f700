import { calendarEventFor, icsFileOf } from '../core/calendar';
import { renderRequest } from '../core/render';
import type { CliResult } from './commands';
import { readTemplate, readUser } from './read-input';
import type { ReadText } from './read-input';

/**
 * `ics`: renders the template for the user and prints the calendar file the event Rokt would receive becomes
 * (the same core path as the app's Download .ics); exit 1 with the reason when no calendar would get it.
 */
export async function icsCommand(
  templatePath: string,
  userPath: string,
  readText: ReadText,
  stampMs: number = Date.now(),
): Promise<CliResult> {
  const template = readTemplate(templatePath, readText);
  const user = readUser(userPath, readText);
  const rendered = await renderRequest(template, user);
  // The file holds UTC times and whole dates, so the zone it is shown in does not change it.
  const result = calendarEventFor(rendered, null);
  if (!result.ok) return { stdout: '', stderr: `${result.reason.replace(/\s*\n\s*/g, ' ')}\n`, exitCode: 1 };
  return { stdout: icsFileOf(result.event, stampMs), stderr: '', exitCode: 0 };
}
