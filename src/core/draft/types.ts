import type { CookieNamePattern } from '../charter/names.ts';
import type { StandardTemplate } from '../charter/types.ts';

/**
 * The corrected charter a portal's administrator is handed: the portal's own tables with every row kept, the
 * cookies seen but not declared added where their category belongs, and why each line was added or changed.
 * Plain data in French: each output (Markdown, HTML, plain text) is rendered from this alone.
 */
export interface CharterDraft {
  /** "Projet de charte — à relire". */
  title: string;
  /** That it is a draft to review, never legal advice. */
  notice: string;
  /** Date, portal, charter read, audit: one sentence each. */
  facts: string[];
  template: StandardTemplate;
  /** The table's columns, in order, with their titles. */
  columns: DraftColumn[];
  sections: DraftSection[];
  /** Why each added or changed line is there, and what to check. */
  review: DraftReview;
}

/**
 * A column of the drafted tables: a charter column, or the observed lifetime proposed beside a declared one (its
 * title says "durée", so the charter reader reads it as a second duration column and keeps the first).
 */
export interface DraftColumn {
  field: DraftField;
  title: string;
}

export type DraftField = 'provider' | 'service' | 'name' | 'duration' | 'proposedDuration' | 'purpose';

export interface DraftSection {
  /** The section's heading, verbatim for a charter's own; null for lines the charter puts under no heading. */
  title: string | null;
  rows: DraftRow[];
}

export interface DraftRow {
  /** A charter row kept as read, or a line added for cookies seen but not declared. */
  kind: 'kept' | 'added';
  /** The names of the row's cookie cell: a prefix is written `name*`. */
  names: CookieNamePattern[];
  provider: string | null;
  service: string | null;
  duration: string | null;
  /** The observed lifetime, proposed beside a declared duration shorter than it; null otherwise. */
  proposedDuration: string | null;
  purpose: string | null;
}

export interface DraftReview {
  title: string;
  items: DraftReviewItem[];
  /** Said once for the whole draft (a column added to the template). */
  notes: string[];
}

/** One line of the review list: the line it is about, as its names are written, and each reason in a sentence. */
export interface DraftReviewItem {
  kind: 'added' | 'to-complete' | 'duration' | 'not-seen' | 'sent-only';
  /** "Ajouté", "Finalité à compléter", "Durée à revoir", "Non observé pendant l'audit — à vérifier". */
  label: string;
  names: string;
  reasons: string[];
}
