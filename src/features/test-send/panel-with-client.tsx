import type { ComponentProps } from 'react';
import { WithQueryClient } from '../../ui/query-client';
import { TestSendPanel as Panel } from './test-send-panel';

/** The Send test panel with the page's react-query client (it loads lazily, and react-query with it). */
export function TestSendPanel(props: ComponentProps<typeof Panel>) {
  return (
    <WithQueryClient>
      <Panel {...props} />
    </WithQueryClient>
  );
}
