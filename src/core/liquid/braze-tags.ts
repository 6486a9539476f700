/**
 * Braze-only tags: `abort_message`, and the features the preview recognises but cannot run
 * (catalogs, promotions, message extras, translations, shopping carts, Content Blocks).
 */
import { Drop, Tag } from 'liquidjs';
import type { Liquid, TagToken, TopLevelToken } from 'liquidjs';
import { BrazeAbortError, BrazeProblemError, notInPreview } from './errors';

const ABORT_ARGS = /^\(\s*(?:'([^']*)'|"([^"]*)"|([^'"()]*?))\s*\)$/;

/**
 * `{% abort_message('reason') %}` / `{% abort_message() %}`: stop the send with a reason. Braze's lax
 * parser also takes the reason unquoted (`{% abort_message(no subscriptions) %}`).
 */
export class AbortMessageTag extends Tag {
  private readonly reason: string;

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const args = token.args.trim();
    const m = ABORT_ARGS.exec(args);
    if (!m && args !== '') {
      throw new BrazeProblemError(
        'liquid.syntax',
        `abort_message takes one quoted reason in parentheses, like {% abort_message('no subscription') %}.`,
        { v: 'abort' },
      );
    }
    this.reason = m?.[1] ?? m?.[2] ?? m?.[3] ?? '';
  }

  render(): never {
    throw new BrazeAbortError(this.reason);
  }
}

/** Braze tags the preview cannot run, with the name a marketer knows them by. */
export const NOT_IN_PREVIEW_TAGS: Record<string, string> = {
  catalog_items: 'Catalogs ({% catalog_items %})',
  catalog_selection_items: 'Catalog selections ({% catalog_selection_items %})',
  promotion: 'Promotion codes ({% promotion %})',
  message_extras: 'Message extras ({% message_extras %})',
  translation: 'Translations ({% translation %})',
  shopping_cart: 'Shopping carts ({% shopping_cart %})',
};

/** Ruby Liquid tags that read template files: Braze has no file system, so they are refused. */
export const FILE_TAGS: Record<string, string> = {
  include: 'include',
  render: 'render',
};

/** A tag class refusing `{% include %}`/`{% render %}` without reading anything or echoing the path. */
export function fileTag(name: string): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class FileTag extends Tag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      throw new BrazeProblemError(
        'braze.no-file-system',
        `{% ${name} %} reads a template file, and Braze has no template files. Use a Content Block ({{content_blocks.\${name}}}) in Braze instead.`,
        { name },
      );
    }

    render(): void {}
  };
}

/** A tag class that reports `feature` as not available in the preview when parsed. */
export function notInPreviewTag(
  tag: string,
  feature: string,
): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class NotInPreviewTag extends Tag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      throw notInPreview(feature, { tag });
    }

    render(): void {}
  };
}

/** `{{content_blocks.${name}}}`: any lookup reports Content Blocks as not available in the preview. */
export class ContentBlocksDrop extends Drop {
  override liquidMethodMissing(key: string | number): never {
    const block = String(key);
    throw notInPreview(`The Content Block "${block}" ({{content_blocks.\${${block}}}})`, { block });
  }
}
