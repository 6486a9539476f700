import { t } from '@lingui/core/macro';
import type { DraftFieldName } from '../../core/issues';
import { fieldLabel } from '../field-labels';
import { num, place, str, type Wording } from './shared';

/** A liquidjs or Braze error Liquid stops with, from the parameters core gives for it. */
function renderError(p: Parameters<Wording>[0]): string {
  const detail = str(p, 'detail');
  switch (p.v) {
    case 'arguments': {
      const filter = str(p, 'filter');
      const min = num(p, 'min');
      const max = num(p, 'max');
      const given = num(p, 'given');
      return min === max
        ? t`The "${filter}" filter takes ${min} arguments but was given ${given}; Braze stops with an error here. Fix the arguments after "${filter}:".`
        : t`The "${filter}" filter takes ${min} to ${max} arguments but was given ${given}; Braze stops with an error here. Fix the arguments after "${filter}:".`;
    }
    case 'zero-division':
      return t`Division by zero: divided_by and modulo need a number other than 0 (Braze stops with an error here).`;
    case 'compare': {
      const a = str(p, 'a');
      const b = str(p, 'b');
      const operator = str(p, 'operator');
      return t`Cannot compare ${a} with ${b} with ${operator}: compare numbers with numbers and text with text.`;
    }
    case 'for-number': {
      const key = str(p, 'key');
      const value = str(p, 'value');
      return t`The ${key} of a for loop must be a whole number, not ${value}.`;
    }
    default:
      return (
        filterError(p) ??
        t`Liquid could not render this. The engine's own text (in English): “${detail}”. Check the Liquid at this position.`
      );
  }
}

/** A filter's refusal of its input or arguments (core's `argumentError` kinds), or null for another kind. */
function filterError(p: Parameters<Wording>[0]): string | null {
  const filter = str(p, 'filter');
  switch (p.v) {
    case 'whole-number': {
      const value = str(p, 'value');
      return t`The "${filter}" filter needs a whole number, not ${value}.`;
    }
    case 'property': {
      const key = str(p, 'key');
      const item = str(p, 'item');
      return t`The "${filter}" filter cannot read "${key}" of ${item}: each item must be an object with that property.`;
    }
    case 'sort-types':
      return t`The "sort" filter cannot order values of different types (text, numbers, lists); sort values of one type.`;
    case 'concat-list':
      return t`The "concat" filter needs a list to add, such as a variable holding an array.`;
    case 'sum-property': {
      const property = str(p, 'property');
      return t`The "sum" filter cannot read the property "${property}".`;
    }
    case 'time-zone': {
      const zone = str(p, 'zone');
      return t`"${zone}" is not a time zone: use an IANA name like America/New_York or an offset like +05:30.`;
    }
    case 'base64':
      return t`The "base64_decode" filter was given text that is not valid base64.`;
    case 'url-decode':
      return t`The "url_decode" filter was given text that does not decode to valid characters.`;
    case 'json-parse': {
      const text = str(p, 'text');
      return t`The "json_parse" filter could not read ${text} as JSON.`;
    }
    default:
      return null;
  }
}

/** A liquidjs parser message core recognised (core/liquid/parser-errors.ts), or null for another kind. */
function parserError(p: Parameters<Wording>[0]): string | null {
  switch (p.v) {
    case 'illegal-tag': {
      const name = str(p, 'name');
      return t`The "${name}" tag is not written the way Liquid expects: check what follows its name (a for loop reads: for item in list).`;
    }
    case 'tag-name':
      return t`A tag has no name: write the tag name right after the opening brace and percent sign.`;
    case 'variable-name':
      return t`A variable name is missing or not valid here: use letters, digits and _ (after assign, say).`;
    case 'equals':
      return t`assign needs "=" between the variable name and its value, like: assign name = value.`;
    case 'value-missing':
      return t`A value is missing here: an empty condition, or nothing after "=".`;
    case 'value': {
      const expression = str(p, 'expression');
      return t`Liquid cannot read "${expression}" as a value: check the quotes, names and operators there.`;
    }
    case 'value-expected': {
      const token = str(p, 'token');
      return t`A value is missing before "${token}".`;
    }
    case 'character': {
      const text = str(p, 'text');
      return t`Liquid did not expect ${text} here: separate a filter's arguments with commas and put each filter after a |.`;
    }
    case 'pipe':
      return t`Something here is neither a value nor a filter: a filter needs a | before its name, and a comparison uses == (a single = only assigns).`;
    case 'filter-name':
      return t`A filter name is missing after |.`;
    case 'filter-colon':
      return t`A filter's arguments need ":" after its name, like | append: "x".`;
    case 'capture-name':
      return t`capture needs the name of the variable it fills, like: capture greeting.`;
    case 'cycle':
      return t`cycle needs at least one value to go through.`;
    case 'range':
      return t`A range must look like (1..5).`;
    case 'parentheses':
      return t`The parentheses here do not pair up: close each one you open.`;
    case 'bracket': {
      const bracket = str(p, 'bracket');
      return t`A "${bracket}" is opened here but not closed.`;
    }
    case 'elsif-after-else':
      return t`elsif cannot come after else in the same if block: move it before else.`;
    case 'else-twice':
      return t`This block has two else tags: keep one.`;
    default:
      return null;
  }
}

/** A Braze feature the preview cannot run, named in the active language (its tag or Content Block kept as written). */
function brazeFeature(p: Parameters<Wording>[0]): string {
  const tag = str(p, 'tag');
  const block = str(p, 'block');
  if (p.block !== undefined) return t`The Content Block "${block}"`;
  switch (tag) {
    case 'catalog_items':
      return t`Catalogs (the catalog_items tag)`;
    case 'catalog_selection_items':
      return t`Catalog selections (the catalog_selection_items tag)`;
    case 'promotion':
      return t`Promotion codes (the promotion tag)`;
    case 'message_extras':
      return t`Message extras (the message_extras tag)`;
    case 'translation':
      return t`Translations (the translation tag)`;
    case 'shopping_cart':
      return t`Shopping carts (the shopping_cart tag)`;
    default:
      return t`The "${tag}" tag`;
  }
}

/** The wordings of Liquid's and Braze's problems in a template. */
export const LIQUID_WORDINGS: Record<string, Wording> = {
  'liquid.unsupported-filter': (p) => {
    const filter = str(p, 'filter');
    return t`Braze does not support the "${filter}" filter; remove it or use another filter.`;
  },
  'liquid.unknown-filter': (p) => {
    const filter = str(p, 'filter');
    return t`There is no "${filter}" filter in Braze Liquid; check its spelling or remove it.`;
  },
  'liquid.unknown-tag': (p) => {
    const tag = str(p, 'tag');
    return t`There is no "${tag}" tag in Braze Liquid; check its spelling.`;
  },
  'liquid.limit': () =>
    t`This template does too much work for a preview (a loop or range that is too long, or text that is too large); shorten it.`,
  'liquid.syntax': (p) => {
    const name = str(p, 'name');
    const detail = str(p, 'detail');
    const tag = str(p, 'tag');
    const words = str(p, 'words');
    const field = fieldLabel(str(p, 'field') as DraftFieldName);
    const blocks = str(p, 'blocks');
    const ends = str(p, 'ends');
    switch (p.v) {
      case 'open-output':
        return t`${field}: an output (two opening braces) is not closed; add the two closing braces after the value it prints.`;
      case 'open-tag':
        return t`${field}: the "${name}" tag is not closed; add the percent sign and closing brace after it.`;
      case 'open-block':
        return num(p, 'count') === 1
          ? t`${field}: the ${blocks} block is not closed; add ${ends} where the block ends, at the latest at the end of ${field}. Each field is its own piece of Liquid: a block cannot continue into another field.`
          : t`${field}: the blocks ${blocks} are not closed; add ${ends} where the blocks end, at the latest at the end of ${field}. Each field is its own piece of Liquid: a block cannot continue into another field.`;
      case 'output':
        return t`An output tag (two opening braces) is not closed; add the two closing braces.`;
      case 'tag':
        return t`The "${name}" tag is not closed; add the missing percent sign and closing brace.`;
      case 'bare-tag':
        return t`A tag (an opening brace and a percent sign) is not closed; add the missing percent sign and closing brace.`;
      case 'block':
        return t`The "${name}" block is not closed; add "end${name}" after its content.`;
      case 'when':
        return t`"when" needs a value to compare with, like when "gold".`;
      case 'operator':
        return t`Unknown operator in "${tag}": "${words}" needs one of ==, !=, <, >, <=, >=, contains between the values, and and/or between conditions (Liquid has no "not").`;
      case 'abort':
        return t`abort_message takes one quoted reason in parentheses, like abort_message('no subscription').`;
      default:
        return (
          parserError(p) ??
          t`Liquid syntax error. The engine's own text (in English): “${detail}”. Check the Liquid at this position.`
        );
    }
  },
  'liquid.render': (p) => renderError(p),
  'liquid.lax-spaces-in-name': (p) => {
    const name = str(p, 'detail');
    return t`The attribute name "${name}" has spaces inside its braces. Braze ignores them, but attribute names may themselves contain spaces, so a stray space is easy to mistake for part of the name; remove them.`;
  },
  'liquid.lax-nested-output': (p) => {
    const inner = str(p, 'detail');
    return t`An output inside another output renders only through Braze's lax parser: standard Liquid rejects it and a copy into any other Liquid tool breaks. Drop the inner braces and write ${inner} directly.`;
  },
  'liquid.lax-filter-in-condition': (p) => {
    const tag = str(p, 'detail');
    return t`A filter inside "${tag}" renders only through Braze's lax parser: Liquid (and Braze's documentation) allow filters only in outputs and assign, so the condition is easy to break. Assign the value first, then compare it.`;
  },
  'liquid.lax-glued-tag-name': (p) => {
    const tag = str(p, 'detail');
    return t`The "${tag}" tag has no space before the braces that follow it: Braze's lax parser accepts it, standard Liquid reads a different tag name. Write "${tag}" followed by a space and the expression without braces.`;
  },
  'liquid.lax-unquoted-reason': (p) => {
    const reason = str(p, 'detail');
    return t`abort_message(${reason}) has no quotes: Braze's lax parser takes it, but a comma, quote or parenthesis in the reason would end it early. Put the reason in single quotes.`;
  },
  'render.failed': (_, { path }) => {
    const where = place(path);
    return t`The Liquid in ${where} could not be rendered for this user.`;
  },
  'braze.not-in-preview': (p) => {
    const feature = brazeFeature(p);
    return t`${feature} is a Braze feature that the preview cannot run; it works in Braze. Preview without it or test-send from Braze.`;
  },
  'braze.no-file-system': (p) => {
    const name = str(p, 'name');
    return t`"${name}" reads a template file, and Braze has no template files. Use a Content Block in Braze instead.`;
  },
  'connected-content.headers': (p) => {
    const value = str(p, 'value');
    return t`The :headers of connected_content must be a JSON object of header names and values; got ${value}.`;
  },
  'connected-content.url': () => t`connected_content needs a URL right after the tag name.`,
  'connected-content.failed': (p) => {
    const url = str(p, 'url');
    const detail = str(p, 'detail');
    return t`The Connected Content call to ${url} failed (${detail}). Check the URL and credentials, or try again.`;
  },
};
