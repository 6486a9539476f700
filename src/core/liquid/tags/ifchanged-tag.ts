/** `ifchanged`: prints its block only when the text differs from what the last `ifchanged` printed. */
import { Tag } from 'liquidjs';
import type { Context, Emitter, Liquid, Parser, TagToken, Template, TopLevelToken } from 'liquidjs';

/** The liquidjs tag class for `ifchanged`. */
export class IfChangedTag extends Tag {
  readonly templates: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    const stream = parser
      .parseStream(remain)
      .on('tag:endifchanged', () => stream.stop())
      .on('template', (tpl: Template) => this.templates.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const text = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx));
    const registers = ctx.getRegister('ifchanged', {}) as { last?: string };
    if (registers.last !== text) {
      registers.last = text;
      emitter.write(text);
    }
  }
}
