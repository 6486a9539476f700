import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** One tab of a segmented control. */
export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/**
 * An accessible tab list (arrow keys, Home/End move between tabs) styled as a segmented control;
 * renders the active panel from `children(activeId)`.
 */
export function SegmentedTabs<T extends string>(props: {
  label: string;
  tabs: TabSpec<T>[];
  active: T;
  onChange(id: T): void;
  children: (active: T) => ReactNode;
}) {
  const { label, tabs, active, onChange } = props;
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    const tab = next !== undefined ? tabs[next] : undefined;
    if (next === undefined || !tab) return;
    event.preventDefault();
    onChange(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="preview-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-controls={`${base}-panel`}
            aria-selected={tab.id === active}
            tabIndex={tab.id === active ? 0 : -1}
            className="preview-tab"
            onClick={() => onChange(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${active}`}
        className="preview-tabpanel"
      >
        {props.children(active)}
      </div>
    </>
  );
}
