/**
 * `if` and `unless` as Ruby Liquid's lax parser reads them: words after `else` are ignored, blocks
 * after the first `else` are kept but never reached (Ruby renders the first block whose condition
 * holds, and an `else` always holds), and a word where an operator should be (`not x`, `a startswith
 * b`) is an "Unknown operator" error.
 */
import { Tag, TokenKind, Value, isTruthy, toValue } from 'liquidjs';
import type { Context, Emitter, Liquid, Parser, TagToken, Template, TopLevelToken } from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { valueNow } from '../sync-eval';
import { type RendersNow, renderTemplatesNow } from '../sync-render';

/** One `if`/`elsif`/`else` block; `value` is null for `else`. */
interface Branch {
  value: Value | null;
  templates: Template[];
}

interface TokenLike {
  kind: number;
  begin: number;
  end: number;
  input: string;
}

/** Parse the condition of `token`, refusing two values without an operator (Ruby: "Unknown operator"). */
function readCondition(token: TagToken, liquid: Liquid): Value {
  const value = new Value(token.tokenizer.readFilteredValue(), liquid);
  const postfix = (value as unknown as { initial?: { postfix?: TokenLike[] } }).initial?.postfix ?? [];
  const inOrder = [...postfix].sort((a, b) => a.begin - b.begin);
  for (let i = 1; i < inOrder.length; i++) {
    const [a, b] = [inOrder[i - 1]!, inOrder[i]!];
    if (a.kind !== TokenKind.Operator && b.kind !== TokenKind.Operator) {
      const words = a.input.slice(a.begin, b.end);
      throw new BrazeProblemError(
        'liquid.syntax',
        `Unknown operator in {% ${token.name} %}: "${words}" needs one of ==, !=, <, >, <=, >=, contains between the values, and and/or between conditions (Liquid has no "not").`,
        { v: 'operator', tag: token.name, words },
      );
    }
  }
  return value;
}

/** The tag class for `if` (negateFirst false) or `unless` (true). */
export function ifTag(
  negateFirst: boolean,
): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag {
  return class RubyIfTag extends Tag implements RendersNow {
    readonly branches: Branch[] = [];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      let p: Template[] = [];
      const stream = parser
        .parseStream(remain)
        .on('start', () => this.branches.push({ value: readCondition(token, liquid), templates: (p = []) }))
        .on('tag:elsif', (t: TagToken) =>
          this.branches.push({ value: readCondition(t, liquid), templates: (p = []) }),
        )
        .on('tag:else', () => this.branches.push({ value: null, templates: (p = []) }))
        .on(`tag:end${token.name}`, () => stream.stop())
        .on('template', (tpl: Template) => p.push(tpl))
        .on('end', () => {
          throw new Error(`tag ${token.getText()} not closed`);
        });
      stream.start();
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      for (const [i, { value, templates }] of this.branches.entries()) {
        let holds = true;
        if (value) {
          holds = isTruthy(toValue(yield value.value(ctx, false)), ctx);
          if (i === 0 && negateFirst) holds = !holds;
        }
        if (holds) {
          yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
          return;
        }
      }
    }

    /** `render` at once, for synchronous renders (see sync-render.ts). */
    renderNow(ctx: Context, emitter: Emitter): void {
      for (const [i, { value, templates }] of this.branches.entries()) {
        let holds = true;
        if (value) {
          holds = isTruthy(toValue(valueNow(value, ctx, false)), ctx);
          if (i === 0 && negateFirst) holds = !holds;
        }
        if (holds) {
          renderTemplatesNow(templates, ctx, emitter);
          return;
        }
      }
    }
  };
}
