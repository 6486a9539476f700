import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, DRAFTS_FORMAT, encodeRecord, type NamedDraft } from '../../core/drafts';
import { defaultDraft } from '../../core/event';
import { DocumentBar } from './document-bar';
import { loadStartingCopy } from './starting-copy';
import { useDraftDocument } from './use-draft-document';

function Harness() {
  const [start] = useState(loadStartingCopy);
  const [draft, setDraft] = useState(start.copy.draft);
  const doc = useDraftDocument(start, draft, setDraft);
  return (
    <>
      <label>
        Title
        <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      <DocumentBar doc={doc} />
    </>
  );
}

const storedDrafts = (): NamedDraft[] =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('rcc.draft.'))
    .map((k) => ({ id: k.slice(10), ...JSON.parse(localStorage.getItem(k) ?? '{}') }));
const state = () => screen.getByTestId('document-state').textContent;
const name = () => screen.getByTestId('document-name').textContent;

async function saveAs(user: ReturnType<typeof userEvent.setup>, value: string) {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  // The dialog's code loads after the first paint: wait for it rather than expect it at once.
  const dialog = within(await screen.findByRole('dialog', { name: 'Save as' }));
  await user.clear(dialog.getByLabelText('Name'));
  await user.type(dialog.getByLabelText('Name'), value);
  await user.click(dialog.getByRole('button', { name: 'Save' }));
}

/** What another tab does: writes a record and lets this tab hear about it through the storage event. */
function otherTabWrites(record: NamedDraft) {
  const key = draftKey(record.id);
  const value = encodeRecord(record);
  localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

beforeEach(() => sessionStorage.clear());

describe('DocumentBar', { timeout: 20_000 }, () => {
  it('saves an untitled event under a name, then saves to the same draft with the next revision', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(name()).toBe('Untitled');
    expect(state()).toBe('Not saved yet');
    await saveAs(user, 'Black Friday');
    expect(name()).toBe('Black Friday');
    expect(state()).toBe('Saved');
    await user.type(screen.getByLabelText('Title'), '!');
    expect(state()).toBe('Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(state()).toBe('Saved');
    expect(storedDrafts()).toEqual([expect.objectContaining({ name: 'Black Friday', rev: 2 })]);
    expect(storedDrafts()[0]?.draft.title).toBe('Event Title!');
  });

  it('asks before New replaces unsaved changes: cancel keeps them, don’t save drops them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Title'), ' draft');
    await user.click(screen.getByRole('button', { name: 'New' }));
    const prompt = within(await screen.findByRole('dialog', { name: 'Unsaved changes' }));
    expect(
      prompt.getByText('Save the changes to “Untitled” before starting a new event?'),
    ).toBeInTheDocument();
    await user.click(prompt.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Event Title draft');
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(screen.getByRole('button', { name: 'Don’t save' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Event Title');
    expect(state()).toBe('Not saved yet');
  });

  it('follows another tab’s save while clean, warns while edited, and a later save keeps both', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await saveAs(user, 'Sale');
    const [saved] = storedDrafts();
    const theirs = (title: string, rev: number): NamedDraft => ({
      ...saved!,
      rev,
      savedAt: new Date().toISOString(),
      draft: { ...defaultDraft(), title },
    });
    act(() => otherTabWrites(theirs('From the other tab', 2)));
    expect(await screen.findByDisplayValue('From the other tab')).toBeInTheDocument();
    expect(screen.getByText('“Sale” was updated from another tab.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Title'), ' + mine');
    act(() => otherTabWrites(theirs('Changed again elsewhere', 3)));
    expect(await screen.findByText(/“Sale” was changed in another tab\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('From the other tab + mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(name()).toBe('Sale (conflict copy)');
    const titles = storedDrafts().map((d) => [d.name, d.draft.title]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['Sale', 'Changed again elsewhere'],
        ['Sale (conflict copy)', 'From the other tab + mine'],
      ]),
    );
  });

  it('reports a full storage, keeps the work and offers Export drafts', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await saveAs(user, 'Will not fit');
    full.mockRestore();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Not saved: local storage is full. Your work is still on this page; export your drafts to keep a copy.',
    );
    expect(within(alert).getByRole('button', { name: 'Export drafts' })).toBeInTheDocument();
    expect(state()).toBe('Save failed');
    expect(name()).toBe('Untitled');
    expect(storedDrafts()).toEqual([]);
  });

  it('keeps the words of a failed Save when the background copy then fails for the same reason', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.type(screen.getByLabelText('Title'), ' typed while full');
    await saveAs(user, 'Will not fit');
    // The background copy runs 300 ms after the last change and fails too.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    full.mockRestore();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved: local storage is full. Your work is still on this page; export your drafts to keep a copy.',
    );
  });

  it('deletes with undo, bringing back the same draft', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await saveAs(user, 'Keep');
    const before = storedDrafts();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Drafts' }));
    await user.click(dialog.getByRole('button', { name: 'Delete Keep' }));
    expect(storedDrafts()).toEqual([]);
    await user.click(dialog.getByRole('button', { name: 'Undo' }));
    expect(storedDrafts()).toEqual(before);
    expect(name()).toBe('Keep');
  });

  it('imports a file once, skips it the second time and refuses one over the limit', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Drafts' }));
    const entry = (n: number) => ({
      id: `i${n}`,
      name: `Imported ${n}`,
      rev: 1,
      draft: { ...defaultDraft(), title: `T${n}` },
    });
    const file = (drafts: object[]) =>
      new File([JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts })], 'drafts.json', {
        type: 'application/json',
      });
    const input = dialog.getByLabelText('Import drafts file…');
    await user.upload(input, file([entry(1), entry(2)]));
    expect(await dialog.findByText('Imported 2 drafts from “drafts.json”.')).toBeInTheDocument();
    await user.upload(input, file([entry(1), entry(2)]));
    expect(
      await dialog.findByText('Nothing new in “drafts.json”. 2 drafts were already saved and skipped.'),
    ).toBeInTheDocument();
    expect(storedDrafts()).toHaveLength(2);
    await user.upload(input, file(Array.from({ length: 10_001 }, (_, i) => entry(i))));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      '“drafts.json” was not imported: The file holds 10,001 drafts; one import can add at most 10,000.',
    );
    expect(storedDrafts()).toHaveLength(2);
  });
});
