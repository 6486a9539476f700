/** `comment` as Ruby Liquid 5 reads it: comment blocks nest, so an inner `endcomment` does not end the outer one. */
import { Tag, TokenKind } from 'liquidjs';
import type { Liquid, TagToken, TopLevelToken } from 'liquidjs';

/** The liquidjs tag class for `comment`. */
export class RubyCommentTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    let depth = 1;
    for (let next = remain.shift(); next; next = remain.shift()) {
      if (next.kind !== TokenKind.Tag) continue;
      const name = (next as TagToken).name;
      if (name === 'comment') depth++;
      else if (name === 'endcomment' && --depth === 0) return;
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  render(): void {}
}
