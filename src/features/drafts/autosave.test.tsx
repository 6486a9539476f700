import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY } from '../../core/drafts';
import { defaultDraft, type Draft } from '../../core/event';
import { windowsZoneForIana } from '../../core/timezones';
import { loadInitialDraft } from './load-initial-draft';
import { useAutosave } from './use-autosave';

function Autosaver({ draft }: { draft: Draft }) {
  useAutosave(draft);
  return null;
}

describe('autosave and loadInitialDraft', () => {
  it('starts a first-time user on the example event in the browser zone', () => {
    const iana = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(loadInitialDraft()).toEqual({
      ...defaultDraft(),
      timezone: windowsZoneForIana(iana) ?? 'Eastern Standard Time',
    });
  });

  it('saves the draft shortly after a change and loads it back, half-typed values included', async () => {
    const draft = { ...defaultDraft(), title: '', start: '2027-05' };
    const view = render(<Autosaver draft={defaultDraft()} />);
    view.rerender(<Autosaver draft={draft} />);
    await waitFor(() => expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('"start":"2027-05"'));
    expect(loadInitialDraft()).toMatchObject({ title: '', start: '2027-05' });
  });

  it('writes the pending draft when the component unmounts', () => {
    const view = render(<Autosaver draft={{ ...defaultDraft(), title: 'Last words' }} />);
    view.unmount();
    expect(loadInitialDraft().title).toBe('Last words');
  });
});
