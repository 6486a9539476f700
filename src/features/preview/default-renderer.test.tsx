import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreview } from './use-preview';
import { draftWith, preset } from '../../testing/preview';

describe('usePreview without a provider', () => {
  it('falls back to rendering on this thread where there is no Worker (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const draft = draftWith({ title: 'No worker here' });
    const user = preset('guide');
    const { result } = renderHook(() => usePreview(draft, user));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.rendered?.body).toContain('"title": "No worker here"');
  });
});
