/**
 * Makes liquidjs read a number literal written with a decimal point (`2.0`, `10.1`) as a Ruby Float,
 * so `{{ 10 | plus: 2.0 }}` prints `12.0` as in Ruby. liquidjs gives every literal a JavaScript
 * number in NumberToken's constructor (`this.content = Number(text)`); NumberToken is not exported,
 * so its prototype is reached through a token the exported Tokenizer reads, and `content` becomes an
 * accessor that keeps the float-ness. Evaluation reads `token.content`, so nothing else changes.
 */
import { Tokenizer } from 'liquidjs';
import { RubyFloat } from './ruby-number';

interface NumberTokenLike {
  getText(): string;
  content: unknown;
}

const FLOAT_CONTENT = Symbol('rubyContent');
let installed = false;

/** Install the accessor once (idempotent). */
export function installFloatLiterals(): void {
  if (installed) return;
  installed = true;
  const sample = new Tokenizer('1.5').readValue() as unknown as NumberTokenLike;
  const proto = Object.getPrototypeOf(sample) as object;
  Object.defineProperty(proto, 'content', {
    configurable: true,
    get(this: Record<symbol, unknown>) {
      return this[FLOAT_CONTENT];
    },
    set(this: NumberTokenLike & Record<symbol, unknown>, value: unknown) {
      this[FLOAT_CONTENT] =
        typeof value === 'number' && /[.]/.test(this.getText()) ? new RubyFloat(value) : value;
    },
  });
}
