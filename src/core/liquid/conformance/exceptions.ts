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
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'output, whitespace between word and dot',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'range, start is not a number',
    status: 'known-failure',
    reason: 'liquidjs keeps a non-integer range bound; Ruby converts it to an integer',
  },
  {
    name: 'special, first of an object',
    status: 'known-failure',
    reason: 'liquidjs has no .first on a hash',
  },
  {
    name: 'whitespace control, suppress whitespace only case blocks',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'whitespace control, suppress whitespace only if blocks',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'whitespace control, suppress whitespace only unless blocks',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'whitespace control, suppress whitespace surrounding a capture block',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'whitespace control, suppress whitespace surrounding an empty capture block',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'whitespace control, white space control with raw tags',
    status: 'known-failure',
    reason: "liquidjs's raw tag does not accept whitespace control",
  },
  {
    name: 'tags, case, empty when tag',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, case, evaluate multiple matching blocks',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, case, falsy when before and truthy when after multiple else blocks',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, case, mix or and comma separated when expression',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, case, multiple else blocks',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, case, truthy when before and after else',
    status: 'known-failure',
    reason: "liquidjs's case renders only the first matching when and one else; Ruby renders every match",
  },
  {
    name: 'tags, comment, nested comment blocks',
    status: 'known-failure',
    reason: 'liquidjs does not nest comment blocks',
  },
  {
    name: 'tags, comment, nested comment blocks, with nested tags',
    status: 'known-failure',
    reason: 'liquidjs does not nest comment blocks',
  },
  {
    name: 'tags, cycle, named with different items',
    status: 'known-failure',
    reason: 'liquidjs keys a named cycle by its values too; Ruby by the name only',
  },
  {
    name: 'tags, cycle, named with different number of arguments',
    status: 'known-failure',
    reason: 'liquidjs keys a named cycle by its values too; Ruby by the name only',
  },
  {
    name: 'tags, cycle, named with growing number of arguments',
    status: 'known-failure',
    reason: 'liquidjs keys a named cycle by its values too; Ruby by the name only',
  },
  {
    name: 'tags, cycle, named with shrinking number of arguments',
    status: 'known-failure',
    reason: 'liquidjs keys a named cycle by its values too; Ruby by the name only',
  },
  {
    name: 'tags, for, access parentloop',
    status: 'known-failure',
    reason: 'liquidjs has no forloop.parentloop',
  },
  {
    name: 'tags, for, blank empty loops',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'tags, for, limit is a non-number string',
    status: 'known-failure',
    reason: 'liquidjs accepts a non-number limit/offset that Ruby rejects',
  },
  {
    name: 'tags, for, limit is not a string or number',
    status: 'known-failure',
    reason: 'liquidjs accepts a non-number limit/offset that Ruby rejects',
  },
  {
    name: 'tags, for, loop over range with float start',
    status: 'known-failure',
    reason: 'liquidjs keeps a non-integer range bound; Ruby converts it to an integer',
  },
  {
    name: 'tags, for, offset is a non-number string',
    status: 'known-failure',
    reason: 'liquidjs accepts a non-number limit/offset that Ruby rejects',
  },
  {
    name: 'tags, for, offset is not a string or number',
    status: 'known-failure',
    reason: 'liquidjs accepts a non-number limit/offset that Ruby rejects',
  },
  {
    name: "tags, for, parent's parentloop",
    status: 'known-failure',
    reason: 'liquidjs has no forloop.parentloop',
  },
  {
    name: 'tags, if, blocks that contain only whitespace and comments are not rendered',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'tags, if, blocks that contain only whitespace are not rendered',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
  },
  {
    name: 'tags, if, else tag expressions are ignored',
    status: 'known-failure',
    reason: 'liquidjs rejects what Ruby ignores after else',
  },
  {
    name: 'tags, if, endswith is not a valid operator',
    status: 'known-failure',
    reason: 'liquidjs ignores an unknown word where Ruby expects an operator',
  },
  {
    name: 'tags, if, extra else blocks are ignored',
    status: 'known-failure',
    reason: 'liquidjs rejects what Ruby ignores after else',
  },
  {
    name: 'tags, if, extra elsif blocks are ignored',
    status: 'known-failure',
    reason: 'liquidjs rejects what Ruby ignores after else',
  },
  {
    name: 'tags, if, haskey is not a valid operator',
    status: 'known-failure',
    reason: 'liquidjs ignores an unknown word where Ruby expects an operator',
  },
  {
    name: 'tags, if, in is not a valid operator',
    status: 'known-failure',
    reason: 'liquidjs ignores an unknown word where Ruby expects an operator',
  },
  {
    name: 'tags, if, not is not a valid operator',
    status: 'known-failure',
    reason: 'liquidjs ignores an unknown word where Ruby expects an operator',
  },
  {
    name: 'tags, if, startswith is not a valid operator',
    status: 'known-failure',
    reason: 'liquidjs ignores an unknown word where Ruby expects an operator',
  },
  {
    name: 'tags, ifchanged, change from assign',
    status: 'known-failure',
    reason: 'liquidjs has no ifchanged tag',
  },
  {
    name: 'tags, ifchanged, changed from initial state',
    status: 'known-failure',
    reason: 'liquidjs has no ifchanged tag',
  },
  {
    name: 'tags, ifchanged, no change from assign',
    status: 'known-failure',
    reason: 'liquidjs has no ifchanged tag',
  },
  {
    name: 'tags, ifchanged, not changed from initial state',
    status: 'known-failure',
    reason: 'liquidjs has no ifchanged tag',
  },
  {
    name: 'tags, ifchanged, within for loop',
    status: 'known-failure',
    reason: 'liquidjs has no ifchanged tag',
  },
  {
    name: 'tags, tablerow, break from a tablerow loop',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, break from a tablerow loop inside a for loop',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, cols is a float',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, cols is a string',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, continue from a tablerow loop',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, limit is a string',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, no cols param',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, offset is a string',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, one row',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, one row with limit',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, one row with offset',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, two column odd range',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, two column odd range row numbers',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, two column range',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, tablerow, two columns',
    status: 'known-failure',
    reason: "liquidjs's tablerow omits Ruby's line breaks and ignores break/continue",
  },
  {
    name: 'tags, unless, blocks that contain only whitespace are not rendered',
    status: 'known-failure',
    reason: "liquidjs does not drop blocks that render only whitespace (Ruby's blank-block rule)",
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
