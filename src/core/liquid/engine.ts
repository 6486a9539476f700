/**
 * The one liquidjs engine configured as Braze's dialect, and a small LRU of parsed templates keyed
 * by source (the preview re-renders the same text on every keystroke).
 */
import { Liquid } from 'liquidjs';
import type { Template } from 'liquidjs';
import { AbortMessageTag, FILE_TAGS, NOT_IN_PREVIEW_TAGS, fileTag, notInPreviewTag } from './braze-tags';
import { ConnectedContentTag } from './connected-content';
import { registerBrazeFilters } from './filters';
import { installFloatLiterals } from './float-literals';
import { RUBY_OPERATORS } from './operators';
import { printValue } from './print';
import { dropBlankBlocks, registerRubyTags } from './tags';
import { LIMITS, refuseOversized } from './limits';
import { parseLinear } from './linear-parse';
import { positionOf } from './positions';
import { toProblem } from './problems';
import { rewriteBraze } from './rewrite';
import { installSyncRender } from './sync-render';
import type { Rewritten } from './rewrite';
import type { LiquidProblem } from './types';

function createEngine(): Liquid {
  installFloatLiterals();
  const liquid = new Liquid({
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    timezoneOffset: 0,
    cache: false,
    outputEscape: printValue,
    operators: RUBY_OPERATORS,
    // What a `{{ x | f }}` written inside a tag becomes (see rewrite.ts): `( x | f )`.
    groupedExpressions: true,
    // No file system: partials never read disk (the tags below refuse them before any lookup).
    templates: {},
    relativeReference: false,
    parseLimit: LIMITS.parseLimit,
    renderLimit: LIMITS.renderLimit,
    memoryLimit: LIMITS.memoryLimit,
  });
  for (const name of ['layout', 'block']) delete liquid.tags[name]; // liquidjs-only (Jekyll layouts)
  for (const name of Object.keys(FILE_TAGS)) liquid.registerTag(name, fileTag(name));
  registerBrazeFilters(liquid);
  registerRubyTags(liquid);
  liquid.registerTag('connected_content', ConnectedContentTag);
  liquid.registerTag('abort_message', AbortMessageTag);
  for (const [name, feature] of Object.entries(NOT_IN_PREVIEW_TAGS))
    liquid.registerTag(name, notInPreviewTag(name, feature));
  installSyncRender(liquid);
  return liquid;
}

/** The shared Braze-dialect engine. */
export const engine: Liquid = createEngine();

/** A template parsed for rendering, or the problem that stopped parsing. */
export type ParsedBraze =
  | {
      ok: true;
      templates: Template[];
      rewritten: Rewritten;
      usesConnectedContent: boolean;
      /** Whether the text names one of Braze's email-list links (the scope adds them only then). */
      usesEmailListLinks: boolean;
      /** Risky lax syntax the template uses (it still renders), positioned in the source. */
      warnings: LiquidProblem[];
    }
  | { ok: false; problem: LiquidProblem; rewritten: Rewritten };

/** The parse cache holds at most this many UTF-16 bytes of source and rewritten text. */
const CACHE_BYTES = 4_000_000;
const cache = new Map<string, { parsed: ParsedBraze; bytes: number }>();
let cachedBytes = 0;
const CONNECTED = /\{%-?\s*connected_content\b/;
const EMAIL_LIST_LINK = /set_user_to_|unsubscribe_url/;

function remember(source: string, parsed: ParsedBraze): void {
  const bytes = 2 * (source.length + parsed.rewritten.code.length);
  if (bytes > CACHE_BYTES / 8) return;
  cache.set(source, { parsed, bytes });
  cachedBytes += bytes;
  for (const [key, entry] of cache) {
    if (cachedBytes <= CACHE_BYTES) break;
    cache.delete(key);
    cachedBytes -= entry.bytes;
  }
}

/**
 * Empties the parse cache. For mutation runs: Stryker credits a mutant in parsing code only to the tests that
 * ran it, so a test that found its template already parsed by an earlier test would never run against it.
 */
// Stryker disable all: only the measurement calls this; no product code reaches it
export function clearParseCache(): void {
  cache.clear();
  cachedBytes = 0;
}
// Stryker restore all

/** Parse Braze Liquid (syntax only, no user data), cached by source within a byte budget; never throws. */
export function parseBraze(source: string): ParsedBraze {
  const hit = cache.get(source);
  if (hit) {
    cache.delete(source);
    cache.set(source, hit);
    return hit.parsed;
  }
  const refused = refuseOversized(source);
  if (refused)
    return { ok: false, problem: refused, rewritten: { code: '', toOriginal: (o) => o, warnings: [] } };
  const rewritten = rewriteBraze(source);
  let parsed: ParsedBraze;
  try {
    const templates = parseLinear(engine, rewritten.code);
    dropBlankBlocks(templates);
    const warnings = rewritten.warnings.map(({ code, message, offset, params }) => ({
      code,
      message,
      ...positionOf(source, offset),
      params,
    }));
    parsed = {
      ok: true,
      templates,
      rewritten,
      usesConnectedContent: CONNECTED.test(source),
      usesEmailListLinks: EMAIL_LIST_LINK.test(source),
      warnings,
    };
  } catch (err) {
    parsed = { ok: false, problem: toProblem(err, source, rewritten), rewritten };
  }
  remember(source, parsed);
  return parsed;
}
