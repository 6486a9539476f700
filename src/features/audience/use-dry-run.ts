import { useCallback, useEffect, useRef, useState } from 'react';
import type { DryRunReport } from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';
import { type RunHandle, type RunProgress, runFile } from './run-file';

/** What the dry-run tab shows. */
export type DryRunState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; progress: RunProgress | null }
  | {
      phase: 'finished';
      fileName: string;
      cancelled: boolean;
      report: DryRunReport;
      seconds: number;
      template: BrazeTemplate;
    }
  | { phase: 'error'; fileName: string; message: string };

/** Runs the dry run for a chosen file against `template`; one run at a time, stopped when the tab closes. */
export function useDryRun(template: BrazeTemplate) {
  const [state, setState] = useState<DryRunState>({ phase: 'idle' });
  const handle = useRef<RunHandle | null>(null);

  useEffect(() => () => handle.current?.cancel(), []);

  const start = useCallback(
    (file: File) => {
      handle.current?.cancel();
      const run = runFile(file, template, (progress) => {
        if (handle.current === run) setState({ phase: 'running', fileName: file.name, progress });
      });
      handle.current = run;
      setState({ phase: 'running', fileName: file.name, progress: null });
      void run.done.then((end) => {
        if (handle.current !== run) return;
        handle.current = null;
        setState(
          end.kind === 'error'
            ? { phase: 'error', fileName: file.name, message: end.message }
            : {
                phase: 'finished',
                fileName: file.name,
                cancelled: end.kind === 'cancelled',
                report: end.report,
                seconds: end.seconds,
                template,
              },
        );
      });
    },
    [template],
  );

  const cancel = useCallback(() => handle.current?.cancel(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
