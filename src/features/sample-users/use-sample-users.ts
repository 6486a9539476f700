import { useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SAMPLE_USER_PRESETS } from '../../core/sample-user';
import type { SampleUser } from '../../core/sample-user';
import { loadSampleUsers, saveSampleUsers } from './sample-user-store';
import type { SampleUsersStored } from './sample-user-store';

/** One sample user as the UI sees it: a preset, possibly edited. */
interface SampleUserEntry {
  id: string;
  name: string;
  description: string;
  user: SampleUser;
  /** True when the user differs from its preset (reset is offered). */
  edited: boolean;
}

/** What useSampleUsers returns (also the props of SampleUserPanel). */
export interface SampleUsersApi {
  users: SampleUserEntry[];
  selected: SampleUserEntry;
  select(id: string): void;
  update(id: string, user: SampleUser): void;
  reset(id: string): void;
}

const FIRST_ID = SAMPLE_USER_PRESETS[0]?.id ?? 'guide';

/**
 * Returns the preset sample users with the marketer's edits applied, the selected one, and actions;
 * selection and edits survive a reload (localStorage). `user` objects keep their identity until edited.
 */
export function useSampleUsers(): SampleUsersApi {
  const [stored, setStored] = useState<SampleUsersStored>(() => loadSampleUsers(FIRST_ID));

  useEffect(() => saveSampleUsers(stored), [stored]);

  const { t } = useLingui();
  const users = useMemo(() => {
    // The presets' names and descriptions in the interface language (core keeps the English ones).
    const words: Record<string, { name: string; description: string }> = {
      guide: {
        name: t`Guide subscriber`,
        description: t`The partner guide's example subscriber: account brazetest, two subscription ids.`,
      },
      multi: {
        name: t`Several calendars`,
        description: t`Three subscriptions across two account codes; a first name with quotes.`,
      },
      none: {
        name: t`Not subscribed`,
        description: t`No Rokt attributes at all: a create webhook should not be sent to this user.`,
      },
    };
    return SAMPLE_USER_PRESETS.map((preset): SampleUserEntry => {
      const edit = stored.edits[preset.id];
      return {
        id: preset.id,
        name: words[preset.id]?.name ?? preset.name,
        description: words[preset.id]?.description ?? preset.description,
        user: edit ?? preset.user,
        edited: !!edit,
      };
    });
  }, [stored.edits, t]);
  const selected = users.find((u) => u.id === stored.selected) ?? users[0];
  if (!selected) throw new Error('There are no sample user presets.');

  const select = useCallback((id: string) => setStored((s) => ({ ...s, selected: id })), []);
  const update = useCallback(
    (id: string, user: SampleUser) => setStored((s) => ({ ...s, edits: { ...s.edits, [id]: user } })),
    [],
  );
  const reset = useCallback(
    (id: string) =>
      setStored((s) => {
        const { [id]: _dropped, ...edits } = s.edits;
        return { ...s, edits };
      }),
    [],
  );

  return useMemo(
    () => ({ users, selected, select, update, reset }),
    [users, selected, select, update, reset],
  );
}
