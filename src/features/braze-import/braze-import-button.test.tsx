import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import guide from '../../core/fixtures/guide-create.template.json';
import { BrazeImportButton } from './braze-import-button';

describe('BrazeImportButton', () => {
  it("fills a draft from the partner guide's template and lists what was not carried over", async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    render(<BrazeImportButton onImport={onImport} />);
    await user.click(screen.getByRole('button', { name: 'Import from Braze…' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Import from Braze' }, { timeout: 10_000 }),
    );
    expect(dialog.getByRole('button', { name: 'Use these values' })).toBeDisabled();
    fireEvent.change(dialog.getByLabelText('Webhook URL'), { target: { value: guide.url } });
    fireEvent.change(dialog.getByLabelText('Request body'), { target: { value: guide.body } });
    fireEvent.change(dialog.getByLabelText('Headers (optional)'), {
      target: { value: `Authorization: ${guide.headers[0]?.value}\nnot a header` },
    });
    const filled = dialog.getByRole('region', { name: /Filled in/ });
    expect(within(filled).getByText('Title').nextSibling).toHaveTextContent('Event Title');
    expect(within(filled).getByText('Timezone').nextSibling).toHaveTextContent('Eastern Standard Time');
    expect(within(filled).getByText('Braze credential name').nextSibling).toHaveTextContent(
      'Rokt-Calendar-API',
    );
    const notCarried = dialog.getByRole('region', { name: /Not carried over/ });
    expect(notCarried).toHaveTextContent('not a header');
    expect(notCarried).toHaveTextContent(
      'Not a header line: write it as Name: value (or name, a tab, then the value).',
    );
    await user.click(dialog.getByRole('button', { name: 'Use these values' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Event Title',
        timezone: 'Eastern Standard Time',
        eventId: 'Event_0001',
      }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
