/**
 * `case` as Ruby Liquid renders it: every `when` value that matches renders its block (so a block
 * renders once per matching value), `else` blocks render when no `when` before them matched, and
 * `when` blocks after an `else` still count. An empty `when` is an error.
 */
import { Tag, Value, evalToken, toValue } from 'liquidjs';
import type {
  Context,
  Emitter,
  Liquid,
  Parser,
  TagToken,
  Template,
  TopLevelToken,
  ValueToken,
} from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { RUBY_OPERATORS } from '../operators';

interface CaseBlock {
  /** The values of a `when`, or null for `else`. */
  values: ValueToken[] | null;
  templates: Template[];
}

const equals = RUBY_OPERATORS['=='] as (l: unknown, r: unknown) => boolean;

function readWhen(token: TagToken): ValueToken[] {
  const tokenizer = token.tokenizer;
  const values: ValueToken[] = [];
  while (!tokenizer.end()) {
    values.push(tokenizer.readValueOrThrow());
    tokenizer.skipBlank();
    if (tokenizer.peek() === ',') tokenizer.readTo(',');
    else tokenizer.readTo('or');
  }
  if (values.length === 0) {
    throw new BrazeProblemError(
      'liquid.syntax',
      '{% when %} needs a value to compare with, like {% when "gold" %}.',
      { v: 'when' },
    );
  }
  return values;
}

/** The liquidjs tag class for `case`. */
export class RubyCaseTag extends Tag {
  readonly value: Value;
  readonly branches: CaseBlock[] = [];
  /** Text between `{% case %}` and the first `when` (Ruby keeps it only when it is blank). */
  readonly templates: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    this.value = new Value(this.tokenizer.readFilteredValue(), liquid);
    let p: Template[] = this.templates;
    const stream = parser
      .parseStream(remain)
      .on('tag:when', (t: TagToken) => this.branches.push({ values: readWhen(t), templates: (p = []) }))
      .on('tag:else', () => this.branches.push({ values: null, templates: (p = []) }))
      .on('tag:endcase', () => stream.stop())
      .on('template', (tpl: Template) => p.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const target = toValue(yield this.value.value(ctx, false));
    let matched = false;
    for (const block of this.branches) {
      if (block.values === null) {
        if (!matched) yield this.liquid.renderer.renderTemplates(block.templates, ctx, emitter);
        continue;
      }
      for (const token of block.values) {
        if (equals(target, yield evalToken(token, ctx))) {
          matched = true;
          yield this.liquid.renderer.renderTemplates(block.templates, ctx, emitter);
        }
      }
    }
  }
}
