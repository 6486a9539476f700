/** Every sentence the audience dry run shows, in one place (the Spanish translation replaces this file's values). */
export const TEXT = {
  title: 'Audience dry run',
  intro:
    'Check a whole Braze audience export against the current template before the campaign goes out: who would be sent, skipped or fail, and why. The file is read on this computer only; nothing is uploaded.',
  dropHere: 'Drop a Braze user export here',
  or: 'or',
  choose: 'Choose a file…',
  formats:
    'JSON lines from /users/export/segment (also .zip or .gz as Braze delivers it), a /users/export/ids response, or the dashboard CSV export.',
  fileLabel: 'Braze user export file',
  reading: (name: string) => `Checking ${name}…`,
  progressLabel: 'Dry run progress',
  speed: (usersPerSecond: string) => `${usersPerSecond} users/s`,
  eta: (seconds: number) => (seconds < 1 ? 'almost done' : `about ${Math.ceil(seconds)} s left`),
  cancel: 'Cancel',
  cancelled: (users: string) => `Cancelled after ${users} users: the report below covers them only.`,
  doneIn: (users: string, seconds: string, speed: string) =>
    `Checked ${users} users in ${seconds} s (${speed} users/s).`,
  runAgain: 'Check another file',
  stale: 'The template changed since this run: check the file again to see the effect.',
  failedToRead: 'The file could not be checked',
  counts: {
    users: 'Users checked',
    sent: 'Would be sent',
    aborted: 'Skipped by the template',
    failed: 'Would fail',
    malformed: 'Unreadable lines',
  },
  causesTitle: 'Why users would fail',
  causesChart: 'Failures by cause',
  causesChartDesc: (list: string) => `Users who would fail, by cause: ${list}.`,
  noFailures: 'No user would fail.',
  fix: 'Fix:',
  examples: 'Examples:',
  openPreview: (userId: string, line: number) =>
    `Open ${userId || '(empty user id)'} (line ${line}) in the preview`,
  abortsTitle: 'Skipped by the template (abort_message)',
  hourChart: "Local start time of the event, in each subscriber's own zone",
  hourChartDesc: (peak: string) =>
    `Subscribers sent, by the hour the event starts for them. Busiest hour: ${peak}.`,
  hourUnknown: (n: string) => `${n} users have no time zone in the export and are not shown.`,
  accountsTitle: 'Requests per Rokt account code',
  accountCode: 'Account code',
  requests: 'Requests',
  emptyAccount: '(none)',
  otherAccounts: 'Other codes (beyond the first 1,000)',
  duplicatesTitle: 'Event ids shared by several users',
  duplicates: (users: string, ids: string) =>
    `${users} users share ${ids} event ids: each of them would overwrite the others' calendar event. Append the user id to the event id, and check users with an empty or repeated external_id.`,
  noDuplicates: 'Every user gets their own event id.',
  sharedBy: (n: string, lines: string) => `shared by ${n} users (lines ${lines}…)`,
  malformedTitle: 'Lines that are not users',
  malformedLine: (line: number, file: string | undefined, message: string) =>
    `Line ${line}${file ? ` of ${file}` : ''} ${message}`,
  failuresTitle: 'Users who would not be sent',
  failuresShown: (shown: string, total: string) =>
    `The first ${shown} of ${total} are listed; the download has them all.`,
  download: 'Download failures (CSV)',
  failuresTruncated: (limit: string) => `The download holds the first ${limit} users who would not be sent.`,
  column: { line: 'Line', user: 'User id', outcome: 'Outcome', cause: 'Cause' },
  outcome: { failed: 'Would fail', aborted: 'Skipped' },
  previewLabel: (userId: string, line: number) => `Export user ${userId || '(empty user id)'}, line ${line}`,
} as const;
