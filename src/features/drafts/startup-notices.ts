import type { Library } from '../../core/drafts';
import { text } from './text';

/** The sentences to show once at start: blocked storage, damaged records, a move from the old format that failed. */
export function startupNotices(library: Library, workNotice: string | null): string[] {
  const notices: string[] = [];
  if (workNotice) notices.push(workNotice);
  if (library.blocked) notices.push(text.blocked);
  if (library.damagedKeys.length > 0) notices.push(text.damaged(library.damagedKeys));
  if (library.migration?.failed) notices.push(text.migrationFailed(library.migration.count));
  return notices;
}
