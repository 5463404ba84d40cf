import type { DeclaredCookie } from '../charter/types.ts';
import type { DraftRow, DraftSection } from './types.ts';

/**
 * The charter's rows as its reader read them, every one kept: by section, in the order the sections first come,
 * lines under no heading first (the reader gives a heading to every line after one). Consecutive lines that say
 * the same of several names ("_ga, _gid") make one row again, with those names.
 */
export function keptSections(
  declared: readonly DeclaredCookie[],
  proposedDurations: ReadonlyMap<DeclaredCookie, string>,
): DraftSection[] {
  const sections = new Map<string | null, DraftSection>([[null, { title: null, rows: [] }]]);
  for (const line of declared) {
    let section = sections.get(line.category);
    if (!section) sections.set(line.category, (section = { title: line.category, rows: [] }));
    const row = keptRow(line, proposedDurations.get(line) ?? null);
    const previous = section.rows.at(-1);
    if (previous && sameWords(previous, row)) previous.names.push(...row.names);
    else section.rows.push(row);
  }
  return [...sections.values()].filter((section) => section.rows.length > 0);
}

function keptRow(line: DeclaredCookie, proposedDuration: string | null): DraftRow {
  const { name, match, provider, service, duration, purpose } = line;
  return { kind: 'kept', names: [{ name, match }], provider, service, duration, proposedDuration, purpose };
}

function sameWords(a: DraftRow, b: DraftRow): boolean {
  return (
    a.provider === b.provider &&
    a.service === b.service &&
    a.duration === b.duration &&
    a.proposedDuration === b.proposedDuration &&
    a.purpose === b.purpose
  );
}
