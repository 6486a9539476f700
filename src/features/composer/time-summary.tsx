import { t } from '@lingui/core/macro';
import type { ComponentProps } from 'react';
import { loadLater } from '../../ui/load-later';
import type { TimeSummary as View } from './time-summary-view';

const useView = loadLater(() => import('./time-summary-view'));

/** The time summary, loaded after the form is drawn (index.html preloads it): typing never waits for it. */
export function TimeSummary(props: ComponentProps<typeof View>) {
  const view = useView();
  if (view) return <view.TimeSummary {...props} />;
  return (
    <section className="composer-summary" aria-busy="true" aria-label={t`Time summary`}>
      <h3 className="composer-summary-title">{t`Time summary`}</h3>
    </section>
  );
}
