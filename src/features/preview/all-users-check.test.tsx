import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_USER_PRESETS } from '../../core/sample-user';
import { buildTemplate } from '../../core/template';
import { AllUsersCheck } from './all-users-check';
import { draftWith, withRenderer } from '../../testing/preview';

const users = SAMPLE_USER_PRESETS.map(({ id, name, user }) => ({ id, name, user }));
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('AllUsersCheck', () => {
  it('renders every sample user and shows which would be sent, fail or be skipped', async () => {
    render(<AllUsersCheck template={buildTemplate(draftWith({}))} users={users} />, {
      wrapper: withRenderer(),
    });
    await screen.findAllByText('OK');
    expect(within(rowOf('Guide subscriber')).getByText('OK')).toBeInTheDocument();
    const several = rowOf('Several calendars');
    expect(within(several).getByText('Would fail')).toBeInTheDocument();
    expect(several).toHaveTextContent(/2 Rokt accounts \(acme, acme-outlet\)/);
    const none = rowOf('Not subscribed');
    expect(within(none).getByText('Not sent (aborted)')).toBeInTheDocument();
    expect(none).toHaveTextContent(/rokt:subscription_id/);
  });

  it('gives the first error sentence for a template that would fail', async () => {
    const template = buildTemplate(draftWith({ title: '{{ x | no_such_filter }}' }));
    render(<AllUsersCheck template={template} users={users.slice(0, 1)} />, { wrapper: withRenderer() });
    const row = await screen.findByRole('row', { name: /Would fail/ });
    expect(row).toHaveTextContent(/no_such_filter/);
  });
});
