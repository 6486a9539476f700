import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, DRAFTS_FORMAT, NAMED_DRAFTS_KEY } from '../../core/drafts';
import { defaultDraft } from '../../core/event';
import { DraftsMenu } from './drafts-menu';
import { loadInitialDraft } from './load-initial-draft';

function renderMenu(current = { ...defaultDraft(), title: 'Summer sale' }) {
  const onOpen = vi.fn();
  const view = render(<DraftsMenu current={current} onOpen={onOpen} />);
  return { ...view, onOpen };
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Drafts/ }));
  return within(screen.getByRole('dialog', { name: 'Drafts' }));
}

describe('DraftsMenu', () => {
  it('saves the current draft under a name that survives a remount, and opens it', async () => {
    const user = userEvent.setup();
    const first = renderMenu();
    let dialog = await openDialog(user);
    await user.type(dialog.getByLabelText('Save the current draft as'), 'Sale v1');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(dialog.getByRole('status')).toHaveTextContent('Saved “Sale v1”.');
    first.unmount();

    const { onOpen } = renderMenu();
    expect(screen.getByRole('button', { name: 'Drafts (1)' })).toBeInTheDocument();
    dialog = await openDialog(user);
    await user.click(dialog.getByRole('button', { name: 'Open Sale v1' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ title: 'Summer sale' }));
  });

  it('duplicates, renames and deletes (after confirmation)', async () => {
    const user = userEvent.setup();
    renderMenu();
    const dialog = await openDialog(user);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await user.click(dialog.getByRole('button', { name: 'Duplicate Summer sale' }));
    await user.click(dialog.getByRole('button', { name: 'Rename Summer sale (copy)' }));
    const input = dialog.getByLabelText('New name for “Summer sale (copy)”');
    await user.clear(input);
    await user.type(input, 'Winter sale{Enter}');
    const names = () => within(dialog.getByRole('list', { name: 'Saved drafts' })).getAllByRole('listitem');
    expect(names().map((li) => li.textContent)).toEqual([
      expect.stringContaining('Summer sale'),
      expect.stringContaining('Winter sale'),
    ]);
    await user.click(dialog.getByRole('button', { name: 'Delete Winter sale' }));
    expect(names()).toHaveLength(2);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(names()).toHaveLength(1);
    const stored = JSON.parse(localStorage.getItem(NAMED_DRAFTS_KEY) ?? '{}');
    expect(stored.drafts.map((d: { name: string }) => d.name)).toEqual(['Summer sale']);
  });

  it('rejects a bad file with a clear error and changes nothing', async () => {
    const user = userEvent.setup();
    renderMenu();
    const dialog = await openDialog(user);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const before = localStorage.getItem(NAMED_DRAFTS_KEY);
    const bad = JSON.stringify({
      format: DRAFTS_FORMAT,
      version: 1,
      drafts: [{ name: 'Broken', draft: { title: '' } }],
    });
    await user.upload(
      dialog.getByLabelText('Import drafts file…'),
      new File([bad], 'bad.json', { type: 'application/json' }),
    );
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      /“bad.json” was not imported: Draft 1 \("Broken"\) is not valid: .* Nothing was changed\./,
    );
    expect(localStorage.getItem(NAMED_DRAFTS_KEY)).toBe(before);
  });

  it('imports a good file next to the existing drafts', async () => {
    const user = userEvent.setup();
    renderMenu();
    const dialog = await openDialog(user);
    const good = JSON.stringify({ ...defaultDraft(), title: 'Imported launch' });
    await user.upload(
      dialog.getByLabelText('Import drafts file…'),
      new File([good], 'one.json', { type: 'application/json' }),
    );
    expect(await dialog.findByRole('status')).toHaveTextContent('Imported 1 draft from “one.json”.');
    expect(dialog.getByRole('button', { name: 'Open Imported launch' })).toBeInTheDocument();
  });

  it('survives hand-corrupted storage and says so', async () => {
    localStorage.setItem(NAMED_DRAFTS_KEY, '{"format": "rokt-calendar-composer/drafts", "drafts": [');
    localStorage.setItem(AUTOSAVE_KEY, 'not json at all');
    const draft = loadInitialDraft();
    expect(draft.title).toBe(defaultDraft().title);
    renderMenu();
    const notices = screen.getAllByRole('status').map((n) => n.textContent);
    expect(notices).toEqual([
      expect.stringMatching(/autosaved draft could not be read/),
      expect.stringMatching(/saved drafts could not be read/),
    ]);
    expect(screen.getByRole('button', { name: 'Drafts' })).toBeInTheDocument();
  });
});
