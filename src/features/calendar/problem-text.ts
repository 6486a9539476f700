import { t } from '@lingui/core/macro';
import type { CalendarProblem } from '../../core/calendar';

/** Why no calendar would show the event, in the active language. */
export function calendarProblemText(problem: CalendarProblem): string {
  switch (problem.code) {
    case 'aborted': {
      const { reason } = problem;
      return t`Braze would not send to this user: ${reason}`;
    }
    case 'rejected': {
      const detail = problem.issue.message;
      return t`Rokt would reject this request, so no calendar shows it: ${detail}`;
    }
    case 'not-object':
      return t`The rendered body is not a JSON object.`;
    case 'invalid-event': {
      const { where, detail } = problem;
      return t`The rendered event is not valid (${where}: ${detail}).`;
    }
    case 'unknown-zone': {
      const { zone } = problem;
      return t`Unknown subscriber timezone “${zone}”: use an IANA zone such as Europe/Madrid.`;
    }
  }
}
