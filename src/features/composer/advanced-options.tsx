import { useLingui } from '@lingui/react/macro';
import type { ComponentProps } from 'react';
import { loadLater } from '../../ui/load-later';
import type { AdvancedOptionsBody as Body } from './advanced-options-body';

const useBody = loadLater(() => import('./advanced-options-body'));

/**
 * The "Advanced" disclosure, closed at first: its options load after the form is drawn (index.html preloads
 * them), so the first paint does not carry them.
 */
export function AdvancedOptions(props: ComponentProps<typeof Body>) {
  const { t } = useLingui();
  const body = useBody();
  return (
    <details className="composer-advanced">
      <summary className="composer-advanced-summary">{t`Advanced options`}</summary>
      {body ? (
        <body.AdvancedOptionsBody {...props} />
      ) : (
        <div className="composer-advanced-body" aria-busy="true" />
      )}
    </details>
  );
}
