/** Ruby Liquid 5's control tags where liquidjs's differ, and the blank-block rule. */
import type { Liquid } from 'liquidjs';
import { RubyCaseTag } from './case-tag';
import { RubyCommentTag } from './comment-tag';
import { RubyCycleTag } from './cycle-tag';
import { RubyForTag } from './for-tag';
import { ifTag } from './if-tag';
import { IfChangedTag } from './ifchanged-tag';
import { RubyTablerowTag } from './tablerow-tag';

export { dropBlankBlocks } from './blank-blocks';

/** Register the Ruby versions of if, unless, case, comment, cycle, for, tablerow and ifchanged. */
export function registerRubyTags(liquid: Liquid): void {
  liquid.registerTag('if', ifTag(false));
  liquid.registerTag('unless', ifTag(true));
  liquid.registerTag('case', RubyCaseTag);
  liquid.registerTag('comment', RubyCommentTag);
  liquid.registerTag('cycle', RubyCycleTag);
  liquid.registerTag('for', RubyForTag);
  liquid.registerTag('tablerow', RubyTablerowTag);
  liquid.registerTag('ifchanged', IfChangedTag);
}
