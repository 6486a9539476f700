import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { AdvancedOptionsBody as Body } from './advanced-options-body';

const Lazy = lazy(() => import('./advanced-options-body').then((m) => ({ default: m.AdvancedOptionsBody })));

/**
 * The "Advanced" disclosure, closed at first: its options load after the form is drawn (index.html preloads
 * them), so the first paint does not carry them.
 */
export function AdvancedOptions(props: ComponentProps<typeof Body>) {
  const { t } = useLingui();
  return (
    <details className="composer-advanced">
      <summary className="composer-advanced-summary">{t`Advanced options`}</summary>
      <Suspense fallback={<div className="composer-advanced-body" aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    </details>
  );
}
