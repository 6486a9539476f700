/** What `{{ }}` prints: Ruby's `to_s` of the value, charged to the render's memory limit. */
import { toRubyString } from './ruby';
import type { FilterThis } from './filters/filter-kit';

/** The engine's outputEscape: prints `v` as Braze would. */
export function printValue(this: FilterThis, v: unknown): string {
  const text = toRubyString(v);
  this.context.memoryLimit.use(text.length);
  return text;
}
