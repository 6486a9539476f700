import { t } from '@lingui/core/macro';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { TimeSummary as View } from './time-summary-view';

const Lazy = lazy(() => import('./time-summary-view').then((m) => ({ default: m.TimeSummary })));

/** The time summary, loaded after the form is drawn (index.html preloads it): typing never waits for it. */
export function TimeSummary(props: ComponentProps<typeof View>) {
  return (
    <Suspense
      fallback={
        <section className="composer-summary" aria-busy="true" aria-label={t`Time summary`}>
          <h3 className="composer-summary-title">{t`Time summary`}</h3>
        </section>
      }
    >
      <Lazy {...props} />
    </Suspense>
  );
}
