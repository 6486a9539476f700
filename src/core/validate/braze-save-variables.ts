import type { Issue } from '../issues';
import type { LiquidSegment } from './liquid-segments';
import { type TemplateField, issueAt } from './template-fields';

/** Names where a field sits, for messages: "the URL", "the body", "the Authorization header". */
export function placeName(f: TemplateField): string {
  return f.field === 'url' ? 'the URL' : f.field === 'body' ? 'the body' : `the ${f.headerName} header`;
}

function savedVariables(f: TemplateField, segments: LiquidSegment[]): { name: string; offset: number }[] {
  return segments.flatMap((s) => {
    if (s.kind !== 'tag' || !/^connected_content\b/.test(s.inner)) return [];
    const m = /:save\s+([A-Za-z_][\w-]*)/.exec(s.inner);
    return m?.[1] ? [{ name: m[1], offset: s.start }] : [];
  });
}

function firstUse(segments: LiquidSegment[], name: string): LiquidSegment | undefined {
  const re = new RegExp(`(^|[^\\w.$-])${name}\\b`);
  return segments.find((s) => !/^connected_content\b/.test(s.inner) && re.test(s.inner));
}

function usesVariable(segments: LiquidSegment[], name: string): boolean {
  return firstUse(segments, name) !== undefined;
}

/** Flags a field that prints a variable only another field's connected_content saved (variables do not cross fields). */
function crossFieldUses(
  fields: TemplateField[],
  index: number,
  segmentsOf: LiquidSegment[][],
  savedOf: { name: string }[][],
  out: Issue[],
): void {
  const f = fields[index] as TemplateField;
  const own = new Set((savedOf[index] ?? []).map((v) => v.name));
  for (const seg of segmentsOf[index] ?? []) {
    const defined = /^(?:assign|capture|for)\s+([\w-]+)/.exec(seg.inner)?.[1];
    if (defined) own.add(defined);
  }
  const reported = new Set<string>();
  savedOf.forEach((saved, gi) => {
    if (gi === index) return;
    for (const { name } of saved) {
      if (own.has(name) || reported.has(name)) continue;
      const use = firstUse(segmentsOf[index] ?? [], name);
      if (!use) continue;
      reported.add(name);
      const source = fields[gi] as TemplateField;
      out.push(
        issueAt(
          f,
          use.start,
          'braze.save-other-field',
          'error',
          `${placeName(f)} uses "${name}", which only ${placeName(source)} saves with connected_content. Braze variables do not cross fields, so it is empty here: call connected_content in this field too.`,
        ),
      );
    }
  });
}

/** Flags `:save` variables nobody prints, and prints of variables another field saved; appends Issues for field `index`. */
export function checkSavedVariables(
  fields: TemplateField[],
  segmentsOf: LiquidSegment[][],
  index: number,
  out: Issue[],
): void {
  const savedOf = fields.map((f, i) => savedVariables(f, segmentsOf[i] ?? []));
  const f = fields[index] as TemplateField;
  const segments = segmentsOf[index] ?? [];
  for (const saved of savedOf[index] ?? []) {
    if (usesVariable(segments, saved.name)) continue;
    if (fields.some((_, gi) => gi !== index && usesVariable(segmentsOf[gi] ?? [], saved.name))) continue;
    out.push(
      issueAt(
        f,
        saved.offset,
        'braze.save-unused',
        'warning',
        `connected_content saves its response as "${saved.name}" but ${placeName(f)} never uses it: print it, e.g. {{${saved.name}.access_token}}.`,
      ),
    );
  }
  crossFieldUses(fields, index, segmentsOf, savedOf, out);
}
