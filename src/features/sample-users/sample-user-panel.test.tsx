import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SampleUserPanel } from './sample-user-panel';
import { SAMPLE_USERS_STORAGE_KEY } from './sample-user-store';
import { useSampleUsers } from './use-sample-users';

function Harness() {
  const api = useSampleUsers();
  return (
    <>
      <SampleUserPanel {...api} />
      <output aria-label="current user">{JSON.stringify(api.selected.user)}</output>
    </>
  );
}

const current = () => JSON.parse(screen.getByRole('status', { name: 'current user' }).textContent ?? '{}');
const stored = () => JSON.parse(localStorage.getItem(SAMPLE_USERS_STORAGE_KEY) ?? '{}');

describe('SampleUserPanel', () => {
  it('chooses a preset user with the radio buttons', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('radio', { name: /Guide subscriber/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Not subscribed/ }));
    expect(current().user_id).toBe('braze-user-3');
    expect(screen.getByText('This user has no rokt:* attributes.')).toBeInTheDocument();
  });

  it('edits user_id and a rokt:* value, and the edit persists', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const id = screen.getByLabelText('user_id');
    await user.clear(id);
    await user.type(id, 'me-42');
    const code = screen.getByLabelText('rokt:account_code value 1');
    await user.clear(code);
    await user.type(code, 'acme/0a1b2c3d4e5f');
    expect(current().user_id).toBe('me-42');
    expect(current().custom_attributes['rokt:account_code'][0]).toBe('acme/0a1b2c3d4e5f');
    expect(stored().edits.guide.custom_attributes['rokt:account_code'][0]).toBe('acme/0a1b2c3d4e5f');
    expect(screen.getByRole('radio', { name: /Guide subscriber \(edited\)/ })).toBeChecked();
  });

  it('adds and removes list values; a new value gets the focus', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add a rokt:subscription_id value' }));
    const added = screen.getByLabelText('rokt:subscription_id value 3');
    expect(added).toHaveFocus();
    await user.keyboard('new-sub-id');
    expect(current().custom_attributes['rokt:subscription_id']).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Remove rokt:subscription_id value 1' }));
    expect(current().custom_attributes['rokt:subscription_id'][1]).toBe('new-sub-id');
  });

  it('adds a rokt attribute to the user without one and removes a whole attribute', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('radio', { name: /Not subscribed/ }));
    await user.type(screen.getByLabelText('Add attribute'), 'rokt:subscription_id{Enter}');
    await user.type(screen.getByLabelText('rokt:subscription_id value 1'), 'abc');
    expect(current().custom_attributes).toEqual({ 'rokt:subscription_id': ['abc'] });
    await user.type(screen.getByLabelText('Add attribute'), 'rokt:subscription_id{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('This user already has rokt:subscription_id.');
    await user.click(screen.getByRole('button', { name: 'Remove attribute rokt:subscription_id' }));
    expect(current().custom_attributes).toEqual({});
  });

  it('resets an edited user to its preset', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const reset = screen.getByRole('button', { name: /Reset “Guide subscriber”/ });
    expect(reset).toBeDisabled();
    await user.type(screen.getByLabelText('first_name'), 'x');
    expect(current().first_name).toBe('Alexx');
    await user.click(reset);
    expect(current().first_name).toBe('Alex');
    const choices = screen.getByRole('group', { name: 'Render the preview for' });
    expect(within(choices).queryByText('(edited)')).not.toBeInTheDocument();
  });
});
