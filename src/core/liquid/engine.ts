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
import { toProblem } from './problems';
import { rewriteBraze } from './rewrite';
import type { Rewritten } from './rewrite';
import type { LiquidProblem } from './types';

/** Limits that keep a runaway template from freezing the page. */
export const LIMITS = {
  /** Characters of template text. */
  parseLimit: 200_000,
  /** Milliseconds of rendering. */
  renderLimit: 200,
  /** liquidjs "memory" units: roughly characters and array/range elements created. */
  memoryLimit: 5_000_000,
};

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
    ...LIMITS,
  });
  for (const name of ['layout', 'block']) delete liquid.tags[name]; // liquidjs-only (Jekyll layouts)
  for (const name of Object.keys(FILE_TAGS)) liquid.registerTag(name, fileTag(name));
  registerBrazeFilters(liquid);
  registerRubyTags(liquid);
  liquid.registerTag('connected_content', ConnectedContentTag);
  liquid.registerTag('abort_message', AbortMessageTag);
  for (const [name, feature] of Object.entries(NOT_IN_PREVIEW_TAGS))
    liquid.registerTag(name, notInPreviewTag(feature));
  return liquid;
}

/** The shared Braze-dialect engine. */
export const engine: Liquid = createEngine();

/** A template parsed for rendering, or the problem that stopped parsing. */
export type ParsedBraze =
  | { ok: true; templates: Template[]; rewritten: Rewritten; usesConnectedContent: boolean }
  | { ok: false; problem: LiquidProblem; rewritten: Rewritten };

const CACHE_SIZE = 64;
const cache = new Map<string, ParsedBraze>();
const CONNECTED = /\{%-?\s*connected_content\b/;

/** Parse Braze Liquid (syntax only, no user data), cached by source; never throws. */
export function parseBraze(source: string): ParsedBraze {
  const hit = cache.get(source);
  if (hit) {
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const rewritten = rewriteBraze(source);
  let parsed: ParsedBraze;
  try {
    const templates = engine.parse(rewritten.code);
    dropBlankBlocks(templates);
    parsed = { ok: true, templates, rewritten, usesConnectedContent: CONNECTED.test(source) };
  } catch (err) {
    parsed = { ok: false, problem: toProblem(err, source, rewritten), rewritten };
  }
  cache.set(source, parsed);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return parsed;
}
