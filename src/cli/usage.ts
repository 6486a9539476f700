/** The --help text. */
export const USAGE = `Rokt Calendar Composer CLI

Usage:
  npm run --silent cli -- template --draft FILE [--mode create|update]
      Print the Braze webhook template for a draft:
      {"url","method","headers":[{"name","value"}],"body"}
  npm run --silent cli -- render --template FILE --user FILE
      Render a template for one sample user and check the result:
      {"url","method","headers","body","json","errors","warnings"}
  npm run --silent cli -- dry-run --template FILE --users FILE [--format jsonl|csv|ids] [--out report.json]
      Check every user of a Braze export (JSON lines, /users/export/ids response or dashboard CSV;
      plain, .gz or .zip) against the template on all cores: who would be sent, skipped or fail, and why.
      The report JSON goes to --out (summary on stdout) or to stdout (summary on stderr).
  npm run --silent cli -- ics --template FILE --user FILE
      Print the iCalendar (.ics) file of the event Rokt would receive for the user
      (times in UTC, all-day events as dates, the reminder as an alarm)
  npm run --silent cli -- --help

Files:
  --draft     Draft JSON (mode, eventId, title, description, location, start, end, allDay,
              timezone, notifyBefore, credentialName, options)
  --template  {"url", "method": "POST", "headers": [{"name", "value"}], "body"}
              (the output of "template", or a template copied from Braze)
  --user      Sample Braze user: {"user_id", "first_name", "time_zone", "custom_attributes": {...}, ...}
  --users     A Braze user export; --format forces its format (read from the file by default)
  --out       Where dry-run writes its report JSON

Exit codes:
  0  success (render: no errors)
  1  render: the rendered request has errors; dry-run: at least one user would fail;
     ics: no calendar would get the event (reason on stderr)
  2  unusable input: missing file, bad JSON, invalid draft, unknown command or option
`;
