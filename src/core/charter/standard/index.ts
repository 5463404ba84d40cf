import { foldForMatching } from '../normalize.ts';
import type { Charter, CharterFallbackReason, StandardTemplate } from '../types.ts';
import { newerStandardCharter } from './newer.ts';
import { olderStandardCharter } from './older.ts';
import type { StandardCharter } from './template.ts';

export const standardCharters: Record<StandardTemplate, StandardCharter> = {
  older: olderStandardCharter,
  newer: newerStandardCharter,
};

/** Column titles only one template has: the newer one says how long, the older one where the service is. */
const NEWER_TITLES = ['duree', 'duration'];
const OLDER_TITLES = ['service et emplacement', 'service and location', 'function and location', 'emplacement'];

/** The template a charter table's column titles belong to, or null when they tell neither. */
export function templateOfColumns(titles: readonly string[]): StandardTemplate | null {
  const folded = titles.map((title) => foldForMatching(title));
  if (folded.some((title) => NEWER_TITLES.some((word) => title.includes(word)))) return 'newer';
  if (folded.some((title) => OLDER_TITLES.some((word) => title.includes(word)))) return 'older';
  return null;
}

/**
 * The standard charter that stands in for a portal's own: the template of the portal's charter when the page was
 * read in part and its columns tell which, else the newer one (what portals publish today).
 */
export function standardCharter(
  reason: CharterFallbackReason,
  readAt: number,
  portalTemplate: StandardTemplate | null = null,
): Charter {
  const template = portalTemplate ?? 'newer';
  return {
    declared: standardCharters[template].declared,
    source: {
      kind: 'standard',
      reason,
      readAt,
      template,
      ...(portalTemplate ? { templateFromPortal: true as const } : {}),
    },
  };
}

/** Until the portal's charter is read, the standard one stands in, and the popup says so. */
export function charterOrStandard(charter: Charter | null, now: number): Charter {
  return charter ?? standardCharter({ kind: 'not-read-yet' }, now);
}
