import type { Charter, DeclaredCookie, StandardTemplate } from '../charter/types.ts';
import type { Say } from '../words/messages.ts';
import type { DraftColumn, DraftField } from './types.ts';

/**
 * The template of the portal's current charter: the standard one's when it stands in; otherwise the newer when a
 * line states a duration, the older when one states a service and location, else the newer (what portals publish
 * today).
 */
export function templateOf({ declared, source }: Charter): StandardTemplate {
  if (source.kind === 'standard') return source.template ?? 'older';
  if (declared.some((line) => line.duration !== null)) return 'newer';
  return declared.some((line) => line.service !== null) ? 'older' : 'newer';
}

export interface ColumnNeeds {
  template: StandardTemplate;
  declared: readonly DeclaredCookie[];
  /** Lines are added: they say how long their cookies were set for, in a duration column. */
  addsLines: boolean;
  /** A declared duration is shorter than observed: the observed one goes in a column beside it. */
  proposesDurations: boolean;
}

/**
 * The template's columns, in its order (provider, service and location, name, duration, purpose), with any other
 * column the charter fills, a duration column for added lines, and the proposed durations beside the declared.
 */
export function draftColumns(needs: ColumnNeeds, say: Say): DraftColumn[] {
  const { template, declared } = needs;
  const hasService = template === 'older' || declared.some((line) => line.service !== null);
  const hasDuration = template === 'newer' || needs.addsLines || declared.some((line) => line.duration !== null);
  const older = template === 'older';
  const columns: [DraftField, string, boolean][] = [
    ['provider', older ? 'draftColumnProviderOlder' : 'draftColumnProviderNewer', true],
    ['service', 'draftColumnService', hasService],
    ['name', 'draftColumnName', true],
    ['duration', 'draftColumnDuration', hasDuration],
    ['proposedDuration', 'draftColumnProposedDuration', hasDuration && needs.proposesDurations],
    ['purpose', older ? 'draftColumnPurposeOlder' : 'draftColumnPurposeNewer', true],
  ];
  return columns.filter(([, , shown]) => shown).map(([field, key]) => ({ field, title: say(key) }));
}
