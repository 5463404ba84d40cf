/**
 * The budget of all portals' records together. Chrome gives an extension 10 MB of storage.local (QUOTA_BYTES)
 * unless it asks for `unlimitedStorage`, which this extension does not: a DPO's browser keeps what an audit needs
 * (a few dozen portals of a few dozen cookies take a few MB), never an ever-growing history. When the records
 * together would pass the budget, the least recently visited portal is dropped whole, and the popup says so when
 * that portal is shown again. The rest of the quota is margin for the settings and this index.
 */
export const STORAGE_BUDGET_BYTES = 8 * 1024 * 1024;

export interface StoredPortal {
  /** What its record takes in storage (storedBytes). */
  bytes: number;
  /** When a change from a visit (a cookie, a charter, an action in the popup) last reached its record. */
  visitedAt: number;
}

/** Kept under its own key: what each portal's record takes, without reading the records. */
export interface RecordsIndex {
  portals: Record<string, StoredPortal>;
  /** Portals whose record was dropped to stay within the budget, and when (at most one entry per portal ever seen). */
  dropped: Record<string, number>;
}

export const emptyRecordsIndex = (): RecordsIndex => ({ portals: {}, dropped: {} });

export function totalBytes(index: RecordsIndex): number {
  return Object.values(index.portals).reduce((total, portal) => total + portal.bytes, 0);
}

/**
 * The portals to drop, least recently visited first, until the rest fits in the budget. The most recently visited
 * portal is never dropped (one record is capped far below the budget, see record-cap.ts).
 */
export function portalsOverBudget(index: RecordsIndex, budget = STORAGE_BUDGET_BYTES): string[] {
  let total = totalBytes(index);
  if (total <= budget) return [];
  const byVisit = Object.entries(index.portals).sort(([, a], [, b]) => a.visitedAt - b.visitedAt);
  const over: string[] = [];
  for (const [host, portal] of byVisit.slice(0, -1)) {
    if (total <= budget) break;
    over.push(host);
    total -= portal.bytes;
  }
  return over;
}

/** Drops portals from the index, remembering when. */
export function withDropped(index: RecordsIndex, hosts: readonly string[], at: number): RecordsIndex {
  const portals = { ...index.portals };
  const dropped = { ...index.dropped };
  for (const host of hosts) {
    delete portals[host];
    dropped[host] = at;
  }
  return { portals, dropped };
}

/** The index as storage holds it, trusting nothing; null when there is none to read (it is then rebuilt). */
export function readRecordsIndex(value: unknown): RecordsIndex | null {
  const { portals, dropped } = (value ?? {}) as Partial<RecordsIndex>;
  if (typeof portals !== 'object' || portals === null) return null;
  const index = emptyRecordsIndex();
  for (const [host, portal] of Object.entries(portals)) {
    if (portal && isCount(portal.bytes) && isCount(portal.visitedAt)) index.portals[host] = portal;
  }
  for (const [host, at] of Object.entries(dropped ?? {})) if (isCount(at)) index.dropped[host] = at;
  return index;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && value >= 0;
