import { withParams } from './issue-helpers';
import type { Issue } from '../issues';
import type { LiquidSegment } from './liquid-segments';
import { type TemplateField, issueAt } from './template-fields';

/** Names where a field sits, for messages: "the URL", "the body", "the Authorization header". */
export function placeName(f: TemplateField): string {
  return f.field === 'url' ? 'the URL' : f.field === 'body' ? 'the body' : `the ${f.headerName} header`;
}

const CONNECTED_CONTENT = /^connected_content\b/;
/** Runs of name characters that start a name: not after a word character, `.`, `$` or `-`. */
const NAME_RUN = /(?<![\w.$-])[\w-]+/g;
const isWordChar = (c: string | undefined) =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');

/** The variables each field saves with `connected_content … :save name`, with the tag's offset. */
function savedVariablesOf(segmentsOf: LiquidSegment[][]): { name: string; offset: number }[][] {
  return segmentsOf.map((segments) =>
    segments.flatMap((s) => {
      if (s.kind !== 'tag' || !CONNECTED_CONTENT.test(s.inner)) return [];
      const m = /:save\s+([A-Za-z_][\w-]*)/.exec(s.inner);
      return m?.[1] ? [{ name: m[1], offset: s.start }] : [];
    }),
  );
}

/**
 * For each of `names`, the first segment (other than a connected_content call) that mentions it, as the
 * pattern `(^|[^\w.$-])name\b` would find it. One pass over the segments: a name can only start where a run of
 * name characters starts, and only the prefixes of a run that end on a word boundary are looked up.
 */
export function firstUses(segments: LiquidSegment[], names: Set<string>): Map<string, LiquidSegment> {
  const uses = new Map<string, LiquidSegment>();
  if (names.size === 0) return uses;
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  const candidates = [...names];
  for (const s of segments) {
    // Most segments mention none of the names: the scan below runs only where one appears as text.
    if (!candidates.some((name) => s.inner.includes(name)) || CONNECTED_CONTENT.test(s.inner)) continue;
    for (const run of s.inner.matchAll(NAME_RUN)) {
      const text = run[0];
      const after = s.inner[run.index + text.length];
      for (let end = 1; end <= Math.min(text.length, longest); end++) {
        // `\b` after the name: its last character and the next one differ in being word characters.
        const next = end < text.length ? text[end] : after;
        if (isWordChar(text[end - 1]) === isWordChar(next)) continue;
        const name = text.slice(0, end);
        if (names.has(name) && !uses.has(name)) uses.set(name, s);
      }
    }
  }
  return uses;
}

/** Flags a field that prints a variable only another field's connected_content saved (variables do not cross fields). */
function crossFieldUses(
  fields: TemplateField[],
  index: number,
  segments: LiquidSegment[],
  savedOf: { name: string }[][],
  out: Issue[],
): void {
  const f = fields[index] as TemplateField;
  const own = new Set((savedOf[index] ?? []).map((v) => v.name));
  for (const seg of segments) {
    const defined = /^(?:assign|capture|for)\s+([\w-]+)/.exec(seg.inner)?.[1];
    if (defined) own.add(defined);
  }
  const foreign = new Set<string>();
  savedOf.forEach((saved, gi) => {
    if (gi !== index) for (const { name } of saved) if (!own.has(name)) foreign.add(name);
  });
  const uses = firstUses(segments, foreign);
  const reported = new Set<string>();
  savedOf.forEach((saved, gi) => {
    if (gi === index) return;
    for (const { name } of saved) {
      const use = uses.get(name);
      if (!use || own.has(name) || reported.has(name)) continue;
      reported.add(name);
      const source = fields[gi] as TemplateField;
      out.push(
        withParams(
          issueAt(
            f,
            use.start,
            'braze.save-other-field',
            'error',
            `${placeName(f)} uses "${name}", which only ${placeName(source)} saves with connected_content. Braze variables do not cross fields, so it is empty here: call connected_content in this field too.`,
          ),
          { name, source: source.path },
        ),
      );
    }
  });
}

/** What the saved-variable checks need about the whole template, computed once for all its fields. */
export interface SavedVariableIndex {
  savedOf: { name: string; offset: number }[][];
  /** Per field, the first use of each saved name. */
  usedIn: Map<string, LiquidSegment>[];
}

/** Indexes the `:save` variables of every field and where each field uses them. */
export function indexSavedVariables(segmentsOf: LiquidSegment[][]): SavedVariableIndex {
  const savedOf = savedVariablesOf(segmentsOf);
  const allSaved = new Set(savedOf.flat().map((v) => v.name));
  return { savedOf, usedIn: segmentsOf.map((segments) => firstUses(segments, allSaved)) };
}

/** Flags `:save` variables nobody prints, and prints of variables another field saved; appends Issues for field `index`. */
export function checkSavedVariables(
  fields: TemplateField[],
  segmentsOf: LiquidSegment[][],
  index: number,
  out: Issue[],
  saved: SavedVariableIndex = indexSavedVariables(segmentsOf),
): void {
  const f = fields[index] as TemplateField;
  for (const variable of saved.savedOf[index] ?? []) {
    if (saved.usedIn.some((uses) => uses.has(variable.name))) continue;
    out.push(
      withParams(
        issueAt(
          f,
          variable.offset,
          'braze.save-unused',
          'warning',
          `connected_content saves its response as "${variable.name}" but ${placeName(f)} never uses it: print it, e.g. {{${variable.name}.access_token}}.`,
        ),
        { name: variable.name },
      ),
    );
  }
  crossFieldUses(fields, index, segmentsOf[index] ?? [], saved.savedOf, out);
}
