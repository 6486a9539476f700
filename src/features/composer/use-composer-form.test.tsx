import { renderHook, act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftWith } from '../../testing/preview';
import { useComposerForm } from './use-composer-form';

/** Lets every queued microtask (and the microtasks they queue) run, but no task. */
async function flushMicrotasks() {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

describe('useComposerForm', () => {
  it('checks a change after the task that made it, then shows the field message', async () => {
    const { result } = renderHook(() => useComposerForm(draftWith({ title: 'Summer sale' })));
    const form = result.current;
    // The first check also loads the resolver's code.
    await act(() => form.trigger('title'));
    expect(form.getFieldState('title').error).toBeUndefined();

    form.setValue('title', '');
    let checked = false;
    const check = form.trigger('title').then(() => (checked = true));
    await flushMicrotasks();
    // Still inside the keystroke's task: nothing checked yet, so typing never waits for the schema.
    expect(checked).toBe(false);
    expect(form.getFieldState('title').error).toBeUndefined();
    await act(() => check);
    expect(form.getFieldState('title').error?.message).toMatch(/title/i);
  });
});
