import { t } from '@lingui/core/macro';

/** Every sentence the audience dry run shows, in one place, in the active language (read when shown). */
export const TEXT = {
  get title() {
    return t`Audience dry run`;
  },
  get intro() {
    return t`Check a whole Braze audience export against the current template before the campaign goes out: who would be sent, skipped or fail, and why. The file is read on this computer only; nothing is uploaded.`;
  },
  get dropHere() {
    return t`Drop a Braze user export here`;
  },
  get or() {
    return t`or`;
  },
  get choose() {
    return t`Choose a file…`;
  },
  get formats() {
    return t`JSON lines from /users/export/segment (also .zip or .gz as Braze delivers it), a /users/export/ids response, or the dashboard CSV export.`;
  },
  get fileLabel() {
    return t`Braze user export file`;
  },
  reading: (name: string) => t`Checking ${name}…`,
  get progressLabel() {
    return t`Dry run progress`;
  },
  speed: (usersPerSecond: string) => t`${usersPerSecond} users/s`,
  eta: (secondsLeft: number) => {
    const seconds = Math.ceil(secondsLeft);
    return secondsLeft < 1 ? t`almost done` : t`about ${seconds} s left`;
  },
  get cancel() {
    return t`Cancel`;
  },
  cancelled: (users: string) => t`Cancelled after ${users} users: the report below covers them only.`,
  doneIn: (users: string, seconds: string, speed: string) =>
    t`Checked ${users} users in ${seconds} s (${speed} users/s).`,
  get runAgain() {
    return t`Check another file`;
  },
  get stale() {
    return t`The template changed since this run: check the file again to see the effect.`;
  },
  get failedToRead() {
    return t`The file could not be checked`;
  },
  get counts() {
    return {
      users: t`Users checked`,
      sent: t`Would be sent`,
      aborted: t`Skipped by the template`,
      failed: t`Would fail`,
      malformed: t`Unreadable lines`,
    };
  },
  get causesTitle() {
    return t`Why users would fail`;
  },
  get causesChart() {
    return t`Failures by cause`;
  },
  causesChartDesc: (list: string) => t`Users who would fail, by cause: ${list}.`,
  get noFailures() {
    return t`No user would fail.`;
  },
  get fix() {
    return t`Fix:`;
  },
  get examples() {
    return t`Examples:`;
  },
  openPreview: (userId: string, line: number) => {
    const user = userId || t`(empty user id)`;
    return t`Open ${user} (line ${line}) in the preview`;
  },
  get abortsTitle() {
    return t`Skipped by the template (abort_message)`;
  },
  get hourChart() {
    return t`Local start time of the event, in each subscriber's own zone`;
  },
  hourChartDesc: (peak: string) =>
    t`Subscribers sent, by the hour the event starts for them. Busiest hour: ${peak}.`,
  hourUnknown: (n: string) => t`${n} users have no time zone in the export and are not shown.`,
  get accountsTitle() {
    return t`Requests per Rokt account code`;
  },
  get accountCode() {
    return t`Account code`;
  },
  get requests() {
    return t`Requests`;
  },
  get emptyAccount() {
    return t`(none)`;
  },
  get otherAccounts() {
    return t`Other codes (beyond the first 1,000)`;
  },
  get duplicatesTitle() {
    return t`Event ids shared by several users`;
  },
  duplicates: (users: string, ids: string) =>
    t`${users} users share ${ids} event ids: each of them would overwrite the others' calendar event. Append the user id to the event id, and check users with an empty or repeated external_id.`,
  get noDuplicates() {
    return t`Every user gets their own event id.`;
  },
  sharedBy: (n: string, lines: string) => t`shared by ${n} users (lines ${lines}…)`,
  get malformedTitle() {
    return t`Lines that are not users`;
  },
  malformedLine: (line: number, file: string | undefined, message: string) =>
    file ? t`Line ${line} of ${file} ${message}` : t`Line ${line} ${message}`,
  get failuresTitle() {
    return t`Users who would not be sent`;
  },
  failuresShown: (shown: string, total: string) =>
    t`The first ${shown} of ${total} are listed; the download has them all.`,
  get download() {
    return t`Download failures (CSV)`;
  },
  failuresTruncated: (limit: string) => t`The download holds the first ${limit} users who would not be sent.`,
  get column() {
    return { line: t`Line`, user: t`User id`, outcome: t`Outcome`, cause: t`Cause` };
  },
  get outcome() {
    return { failed: t`Would fail`, aborted: t`Skipped` };
  },
  previewLabel: (userId: string, line: number) => {
    const user = userId || t`(empty user id)`;
    return t`Export user ${user}, line ${line}`;
  },
};
