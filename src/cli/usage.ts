/** The --help text. */
export const USAGE = `Rokt Calendar Composer CLI

Usage:
  npm run --silent cli -- template --draft FILE [--mode create|update]
      Print the Braze webhook template for a draft:
      {"url","method","headers":[{"name","value"}],"body"}
  npm run --silent cli -- render --template FILE --user FILE
      Render a template for one sample user and check the result:
      {"url","method","headers","body","json","errors","warnings"}
  npm run --silent cli -- --help

Files:
  --draft     Draft JSON (mode, eventId, title, description, location, start, end, allDay,
              timezone, notifyBefore, credentialName, options)
  --template  {"url", "method": "POST", "headers": [{"name", "value"}], "body"}
              (the output of "template", or a template copied from Braze)
  --user      Sample Braze user: {"user_id", "first_name", "custom_attributes": {...}, ...}

Exit codes:
  0  success (render: no errors)
  1  render: the rendered request has errors
  2  unusable input: missing file, bad JSON, invalid draft, unknown command or option
`;
