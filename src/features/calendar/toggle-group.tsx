/** A row of buttons of which one is pressed (a compact single choice). */
export function ToggleGroup<T extends string>(props: {
  label: string;
  options: Record<T, string>;
  value: T;
  onChange(value: T): void;
}) {
  const entries = Object.entries(props.options) as [T, string][];
  return (
    <div className="cal-toggle" role="group" aria-label={props.label}>
      {entries.map(([value, text]) => (
        <button
          key={value}
          type="button"
          className="cal-toggle-button"
          aria-pressed={value === props.value}
          onClick={() => props.onChange(value)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
