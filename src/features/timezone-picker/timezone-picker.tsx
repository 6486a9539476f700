import { useLingui } from '@lingui/react/macro';
import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TriggerContent } from './trigger-content';
import { useTimezones } from './use-timezones';
import { selectedLabel } from './selected-label';
import { useTimezoneOptions } from './use-timezone-options';
import './timezone-picker.css';

/** Same shape as the composer's TimezoneSlotProps (features do not import each other). */
export interface TimezonePickerProps {
  id: string;
  value: string;
  onChange(id: string): void;
  onBlur(): void;
  eventDate: Date;
  invalid: boolean;
  describedBy?: string;
  /** Trigger text when nothing is selected. */
  placeholder?: string;
}

/** What the marketer did on the trigger before this code arrived: open it (with a search), or just focus it. */
export interface OpenRequest {
  open: boolean;
  search: string;
  focus: boolean;
}

/**
 * A searchable Windows-timezone combobox (cmdk in a Radix popover): offsets shown for the event's
 * date, search by city, id, label or offset; opens with Enter, ArrowDown or typing.
 */
export function TimezonePicker(props: TimezonePickerProps & { initialRequest?: OpenRequest }) {
  const { id, value, onChange, onBlur, eventDate, invalid, describedBy, placeholder, initialRequest } = props;
  const { t } = useLingui();
  const [open, setOpen] = useState(initialRequest?.open ?? false);
  const [search, setSearch] = useState(initialRequest?.search ?? '');
  const list = useTimezones();
  const zones = list.status === 'success' ? list.data : undefined;
  // Each option's offset costs an Intl formatter per zone: worked out when the list is opened, not on mount.
  const options = useTimezoneOptions(open ? zones : undefined, search, eventDate);
  // In the interface language once its list is loaded (the English table before).
  const current = selectedLabel(value, eventDate, zones?.find((zone) => zone.id === value)?.label);
  const trigger = useRef<HTMLButtonElement>(null);
  const focusOnMount = useRef(initialRequest?.focus === true && !initialRequest.open);
  useEffect(() => {
    // The placeholder trigger had focus when this replaced it: keep the keyboard where it was.
    if (focusOnMount.current) trigger.current?.focus();
  }, []);

  const openWith = (text: string) => {
    setSearch(text);
    setOpen(true);
  };
  const onTriggerKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openWith('');
    } else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      openWith(e.key);
    }
  };

  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setSearch('');
          onBlur();
        }
      }}
    >
      <Popover.Trigger asChild>
        <button
          ref={trigger}
          id={id}
          type="button"
          className="timezone-picker-trigger"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onKeyDown={onTriggerKeyDown}
        >
          <TriggerContent current={current} placeholder={placeholder} />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="timezone-picker-content"
          aria-label={t`Choose a timezone`}
          align="start"
          sideOffset={4}
          collisionPadding={8}
        >
          <Command shouldFilter={false} label={t`Search timezones`} loop className="timezone-picker-command">
            <Command.Input
              className="timezone-picker-input"
              value={search}
              onValueChange={setSearch}
              placeholder={t`City, zone or offset (+5:30, utc-3)`}
            />
            <Command.List className="timezone-picker-list" label={t`Timezones`}>
              {list.status === 'pending' ? (
                <Command.Loading label={t`Loading timezones`}>{t`Loading timezones…`}</Command.Loading>
              ) : null}
              {list.status === 'error' ? (
                <div className="timezone-picker-error" role="alert">
                  <p>{t`The timezone list could not be loaded. Check your connection and try again.`}</p>
                  <button type="button" className="timezone-picker-retry" onClick={list.retry}>
                    {t`Retry`}
                  </button>
                </div>
              ) : null}
              {list.status === 'success' ? (
                <Command.Empty className="timezone-picker-empty">
                  {t`No timezone matches “${search}”.`}
                </Command.Empty>
              ) : null}
              {options.map(({ entry, offset, cities }) => (
                <Command.Item
                  key={entry.id}
                  value={entry.id}
                  className="timezone-picker-option"
                  data-checked={entry.id === value || undefined}
                  onSelect={() => {
                    onChange(entry.id);
                    setOpen(false);
                    setSearch('');
                  }}
                >
                  <span className="timezone-picker-offset">{offset}</span>
                  <span className="timezone-picker-main">
                    <span className="timezone-picker-label">
                      {entry.label}
                      {entry.id === value ? (
                        <span className="timezone-picker-check"> {t`✓ selected`}</span>
                      ) : null}
                    </span>
                    <span className="timezone-picker-id">{entry.id}</span>
                    {cities ? <span className="timezone-picker-cities">{cities}</span> : null}
                  </span>
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
