import type { RecordSplitter } from './json-lines-splitter';
import type { JsonRecord, MalformedRecord } from './types';

/**
 * Streams the `users` array out of a `/users/export/ids` response (`{"users": [{…}, …], "message": …}`),
 * emitting each user object's text with the line it starts on. Several responses one after another in the
 * same file are read too. Never holds more than one user object in memory.
 */
export function idsResponseSplitter(
  emit: (record: JsonRecord) => void,
  malformed: (record: MalformedRecord) => void,
  file?: string,
): RecordSplitter {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let key = ''; // last string seen at depth 1 (the top-level key being read)
  let stringStart = -1;
  let keyHead = ''; // the part of a top-level key that arrived in an earlier chunk
  let inUsers = false; // inside the top-level "users" array
  let element: string[] = [];
  let elementLine = 0;
  let sawUsers = false;
  const place = (at: number) => (file === undefined ? { line: at } : { line: at, file });

  return {
    push(text) {
      let from = depth >= 2 && inUsers && elementLine > 0 ? 0 : -1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) line += 1;
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) {
            inString = false;
            if (depth === 1 && stringStart >= 0) key = keyHead + text.slice(stringStart, i);
            keyHead = '';
          }
          continue;
        }
        if (c === 34) {
          inString = true;
          stringStart = depth === 1 ? i + 1 : -1;
        } else if (c === 123 || c === 91) {
          depth += 1;
          if (depth === 2 && c === 91 && key === 'users') {
            inUsers = true;
            sawUsers = true;
          } else if (depth === 3 && inUsers) {
            if (c !== 123) malformed({ ...place(line), message: 'is a list, not a user object.' });
            else {
              from = i;
              elementLine = line;
            }
          }
        } else if (c === 125 || c === 93) {
          if (depth === 3 && inUsers && elementLine > 0) {
            element.push(text.slice(Math.max(from, 0), i + 1));
            emit({ ...place(elementLine), text: element.join('') });
            element = [];
            elementLine = 0;
            from = -1;
          } else if (depth === 2) inUsers = false;
          depth = Math.max(0, depth - 1);
          if (depth === 0) key = '';
        }
      }
      if (elementLine > 0 && from >= 0) element.push(text.slice(from));
      if (inString && depth === 1 && stringStart >= 0) {
        keyHead += text.slice(stringStart);
        stringStart = 0;
      }
    },
    end() {
      if (elementLine > 0)
        malformed({ ...place(elementLine), message: 'is cut off: the file ends inside it.' });
      else if (!sawUsers) malformed({ ...place(1), message: 'has no "users" list.' });
    },
  };
}
