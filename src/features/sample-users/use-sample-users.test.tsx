import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_USER_PRESETS } from '../../core/sample-user';
import { SAMPLE_USERS_STORAGE_KEY } from './sample-user-store';
import { useSampleUsers } from './use-sample-users';

describe('useSampleUsers', () => {
  it('starts with the presets and the guide user selected', () => {
    const { result } = renderHook(() => useSampleUsers());
    expect(result.current.users.map((u) => u.id)).toEqual(SAMPLE_USER_PRESETS.map((p) => p.id));
    expect(result.current.selected.id).toBe('guide');
    expect(result.current.selected.user).toBe(SAMPLE_USER_PRESETS[0]?.user);
  });

  it('keeps the selection and edits across a reload, and reset brings the preset back', () => {
    const first = renderHook(() => useSampleUsers());
    act(() => first.result.current.select('multi'));
    act(() =>
      first.result.current.update('multi', { ...first.result.current.selected.user, user_id: 'edited-id' }),
    );
    first.unmount();

    const second = renderHook(() => useSampleUsers());
    expect(second.result.current.selected).toMatchObject({ id: 'multi', edited: true });
    expect(second.result.current.selected.user.user_id).toBe('edited-id');

    act(() => second.result.current.reset('multi'));
    expect(second.result.current.selected.user.user_id).toBe('braze-user-2');
    expect(second.result.current.selected.edited).toBe(false);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a wrong version', JSON.stringify({ version: 9, selected: 'none', edits: {} })],
    ['an edit that is not a user', JSON.stringify({ version: 1, selected: 'none', edits: { none: 'x' } })],
  ])('ignores stored data that is %s', (_name, raw) => {
    localStorage.setItem(SAMPLE_USERS_STORAGE_KEY, raw);
    const { result } = renderHook(() => useSampleUsers());
    expect(result.current.users.every((u) => !u.edited)).toBe(true);
  });

  it('falls back to the first preset when the stored selection no longer exists', () => {
    localStorage.setItem(
      SAMPLE_USERS_STORAGE_KEY,
      JSON.stringify({ version: 1, selected: 'gone', edits: {} }),
    );
    const { result } = renderHook(() => useSampleUsers());
    expect(result.current.selected.id).toBe('guide');
  });
});
