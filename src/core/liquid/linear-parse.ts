/**
 * Parses with liquidjs without its quadratic step: liquidjs takes tokens off the front of an array with
 * `shift()`, and once the array is large enough to live in V8's large-object space every `shift()` moves
 * all the remaining tokens (27,000 outputs took 1.4 s to parse, 0.3 s through the queue below).
 */
import { Parser, Tokenizer } from 'liquidjs';
import type { Liquid, Template, TopLevelToken } from 'liquidjs';

/**
 * The tokens as the parser and the block tags read them (`shift()` and `length` only), taken by an index
 * instead of moving the array.
 */
export function tokenQueue(tokens: readonly TopLevelToken[]): TopLevelToken[] {
  let next = 0;
  const queue = {
    shift: (): TopLevelToken | undefined => (next < tokens.length ? tokens[next++] : undefined),
    get length(): number {
      return tokens.length - next;
    },
  };
  // Not an array: liquidjs and our block tags only call shift() and read length (pinned by linear-parse.test.ts).
  return queue as unknown as TopLevelToken[];
}

/** What `liquid.parse(code)` returns, or the error it throws, in time linear in the number of tokens. */
export function parseLinear(liquid: Liquid, code: string): Template[] {
  const { operators, groupedExpressions } = liquid.options;
  const tokens = new Tokenizer(code, operators, undefined, undefined, groupedExpressions).readTopLevelTokens(
    liquid.options,
  );
  return new Parser(liquid).parseTokens(tokenQueue(tokens));
}
