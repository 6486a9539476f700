import { plural, t } from '@lingui/core/macro';
import { num, str, type Wording } from './shared';

/** The wordings of the preview's own failures (the worker's, not the template's). */
export const PREVIEW_WORDINGS: Record<string, Wording> = {
  'preview.engine-failed': () => t`The preview engine failed to load. Reload the page to try again.`,
  'preview.engine-late': () => t`The preview engine did not start in time. Reload the page to try again.`,
  'preview.runaway': (p) => {
    const seconds = num(p, 'seconds');
    return plural(seconds, {
      one: 'The preview stopped this template after # second: it never finished rendering. Look for a loop that never ends or is far too long (a for loop over a huge range, say).',
      other:
        'The preview stopped this template after # seconds: it never finished rendering. Look for a loop that never ends or is far too long (a for loop over a huge range, say).',
    });
  },
  'preview.closed': () => t`The preview was closed.`,
  'preview.render-failed': (p) => {
    const detail = str(p, 'detail');
    return t`The preview could not render this template. The engine's own text (in English): “${detail}”.`;
  },
};
