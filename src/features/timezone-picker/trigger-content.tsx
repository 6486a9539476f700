import { useLingui } from '@lingui/react/macro';
/** What the picker's trigger button shows: the selected zone (or a placeholder) and a chevron. */
export function TriggerContent({ current, placeholder }: { current: string; placeholder?: string }) {
  const { t } = useLingui();
  return (
    <>
      <span className={current ? 'timezone-picker-value' : 'timezone-picker-placeholder'}>
        {current || placeholder || t`Choose a timezone…`}
      </span>
      <span aria-hidden="true" className="timezone-picker-chevron">
        ▾
      </span>
    </>
  );
}
