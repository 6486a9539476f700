/**
 * `tablerow` printed as Ruby prints it (`<tr class="row1">\n<td class="col1">…</td></tr>\n`), with
 * `cols`, `limit` and `offset` read as whole numbers, and `break`/`continue` honoured.
 */
import { Drop, TablerowTag, evalToken, toValue } from 'liquidjs';
import type { Context, Emitter, Hash, ValueToken } from 'liquidjs';
import { toNum } from '../filters/math';
import { items } from '../filters/array';
import { Decimal } from '../ruby-number';

interface TablerowFields {
  variable: string;
  collection: ValueToken;
  args: Hash;
}

const whole = (v: unknown): number => {
  const n = toNum(toValue(v));
  return n instanceof Decimal ? Number(n.whole(false)) : n;
};

/** `tablerowloop`: Ruby's TablerowloopDrop. */
class TablerowloopDrop extends Drop {
  i = 0;

  constructor(
    readonly length: number,
    readonly cols: number,
  ) {
    super();
  }

  index = () => this.i + 1;
  index0 = () => this.i;
  rindex = () => this.length - this.i;
  rindex0 = () => this.length - this.i - 1;
  first = () => this.i === 0;
  last = () => this.i === this.length - 1;
  col = () => (this.i % this.cols) + 1;
  col0 = () => this.i % this.cols;
  col_first = () => this.i % this.cols === 0;
  col_last = () => (this.i % this.cols) + 1 === this.cols;
  row = () => Math.floor(this.i / this.cols) + 1;
}

/** The liquidjs tag class for `tablerow`. */
export class RubyTablerowTag extends TablerowTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const { variable, collection: token, args } = this as unknown as TablerowFields;
    const hash = (yield args.render(ctx)) as Record<string, unknown>;
    const from = hash['offset'] === undefined ? 0 : whole(hash['offset']);
    const all = items(yield evalToken(token, ctx));
    const to = hash['limit'] === undefined ? all.length : from + whole(hash['limit']);
    const collection = all.slice(from, to);
    const cols = hash['cols'] === undefined ? collection.length : whole(hash['cols']);
    const loop = new TablerowloopDrop(collection.length, Math.max(cols, 1));
    const scope: Record<string, unknown> = { tablerowloop: loop };
    emitter.write('<tr class="row1">\n');
    ctx.push(scope);
    for (const item of collection) {
      scope[variable] = item;
      emitter.write(`<td class="col${loop.col()}">`);
      ctx.continueCalled = ctx.breakCalled = false;
      yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
      emitter.write('</td>');
      if (ctx.breakCalled) break;
      if (loop.col_last() && !loop.last()) emitter.write(`</tr>\n<tr class="row${loop.row() + 1}">`);
      loop.i++;
    }
    ctx.continueCalled = ctx.breakCalled = false;
    ctx.pop();
    emitter.write('</tr>\n');
  }
}
