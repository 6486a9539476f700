/**
 * The one table of golden-liquid cases that do not pass as written, each with the reason. A row is
 * either `not-applicable` (Braze does not have the feature, so the case is not run) or
 * `known-failure` (Braze has it and the preview differs; the test checks the case still fails, so a
 * fixed case must leave the table).
 */
import type { GoldenCase } from './golden-case';

export interface GoldenException {
  /** Every case with this tag, or the one case with this name. */
  tag?: string;
  name?: string;
  /** For a tag row: only the cases that expect an error. */
  invalidOnly?: boolean;
  status: 'not-applicable' | 'known-failure';
  reason: string;
}

const NEWER = 'a filter newer than Liquid 5.0 that Braze does not document: an unknown filter in Braze';

export const GOLDEN_EXCEPTIONS: GoldenException[] = [
  { tag: 'include tag', status: 'not-applicable', reason: 'file partials: Braze has no file system' },
  { tag: 'render tag', status: 'not-applicable', reason: 'file partials: Braze has no file system' },
  {
    tag: 'strict',
    invalidOnly: true,
    status: 'not-applicable',
    reason: "an error only Ruby's strict parser raises; Braze parses laxly",
  },
  {
    tag: 'strict2',
    invalidOnly: true,
    status: 'not-applicable',
    reason: "an error only Ruby's strict2 parser raises; Braze parses laxly",
  },
  { tag: 'find filter', status: 'not-applicable', reason: NEWER },
  { tag: 'has filter', status: 'not-applicable', reason: NEWER },
  { tag: 'reject filter', status: 'not-applicable', reason: NEWER },
  { tag: 'replace_last filter', status: 'not-applicable', reason: NEWER },
  { tag: 'remove_last filter', status: 'not-applicable', reason: NEWER },
  {
    tag: 'find_index filter',
    status: 'not-applicable',
    reason: 'Braze documents find_index as unsupported',
  },
  { tag: 'lstrip filter', status: 'not-applicable', reason: 'Braze documents lstrip as unsupported' },
  { tag: 'rstrip filter', status: 'not-applicable', reason: 'Braze documents rstrip as unsupported' },
  {
    tag: 'doc tag',
    status: 'not-applicable',
    reason: 'the {% doc %} tag is newer than Liquid 5.0 and Braze does not document it',
  },
  {
    name: 'output, render a range object that uses a float',
    status: 'known-failure',
    reason: 'liquidjs keeps a non-integer range bound; Ruby converts it to an integer',
  },
  {
    name: 'output, whitespace between bracket notation',
    status: 'known-failure',
    reason: "liquidjs does not read a property written after a line break (`foo \\n ['bar']`)",
  },
  {
    name: 'output, whitespace between word and dot',
    status: 'known-failure',
    reason: 'liquidjs does not read a property written after a line break (`foo \\n .bar`)',
  },
  {
    name: 'range, start is not a number',
    status: 'known-failure',
    reason: 'liquidjs makes an empty range from a bound that is not a number; Ruby reads it as 0',
  },
  {
    name: 'whitespace control, white space control with raw tags',
    status: 'known-failure',
    reason: "liquidjs's raw tag does not accept whitespace control",
  },
  {
    name: 'tags, for, loop over range with float start',
    status: 'known-failure',
    reason: 'liquidjs keeps a non-integer range bound; Ruby converts it to an integer',
  },
];

/** The table row that covers `c`, if any (a row naming the case wins over a tag row). */
export function exceptionFor(c: GoldenCase): GoldenException | undefined {
  const byName = GOLDEN_EXCEPTIONS.find((e) => e.name === c.name);
  if (byName) return byName;
  const tags = c.tags ?? [];
  return GOLDEN_EXCEPTIONS.find(
    (e) => e.tag !== undefined && tags.includes(e.tag) && (!e.invalidOnly || c.invalid === true),
  );
}
