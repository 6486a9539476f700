import { defaultDraft } from '../event';
import type { Draft } from '../event';

/** A piece of the pasted template that did not make it into the draft, and why. */
export interface UnmappedPiece {
  /** Where it was: `url`, `headers.Authorization`, `body`, `event.actionType`, `capture promo`… */
  part: string;
  /** The text concerned (shortened). */
  text: string;
  /** A sentence for the marketer. */
  reason: string;
  /** Why, as a code and the values of the sentence (the interface words it in another language). */
  why: ImportWhy;
}

/** A code for why a piece was left out (or what a note says), with the values its sentence is built from. */
export interface ImportWhy {
  code: string;
  params?: Record<string, string>;
}

/** What importBrazeTemplate returns. */
export interface ImportResult {
  draft: Draft;
  /** Draft fields filled from the template: `title`, `options.updateShape`… */
  mapped: string[];
  unmapped: UnmappedPiece[];
  /** What the importer read differently from how it was pasted (translated header names), for the marketer. */
  notes: string[];
  /** The notes as codes and values, in the same order. */
  noteCodes: ImportWhy[];
}

/** Collects the draft being filled, the mapped fields and the unmapped pieces during one import. */
export class ImportContext {
  readonly draft: Draft = defaultDraft();
  readonly mapped: string[] = [];
  readonly unmapped: UnmappedPiece[] = [];
  readonly notes: string[] = [];
  readonly noteCodes: ImportWhy[] = [];

  /** Records that a draft field (or `options.x`) was filled from the template. */
  map(field: string): void {
    if (!this.mapped.includes(field)) this.mapped.push(field);
  }

  /** Records a piece that was not carried over. */
  skip(part: string, text: string, reason: string, why: ImportWhy): void {
    const short = text.length > 200 ? `${text.slice(0, 197)}...` : text;
    this.unmapped.push({ part, text: short, reason, why });
  }

  /** Records something the importer read differently from how it was pasted. */
  note(text: string, why: ImportWhy): void {
    if (this.notes.includes(text)) return;
    this.notes.push(text);
    this.noteCodes.push(why);
  }

  /** Returns the result (a copy of the lists). */
  result(): ImportResult {
    return {
      draft: this.draft,
      mapped: [...this.mapped],
      unmapped: [...this.unmapped],
      notes: [...this.notes],
      noteCodes: [...this.noteCodes],
    };
  }
}
