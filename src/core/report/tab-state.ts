import type { CharterSource } from '../charter/types.ts';
import type { Comparison } from '../compare.ts';

/** Something the user must know about a portal's record, shown above the comparison. */
export type Notice =
  /** Writing to storage failed: what was seen is kept in memory and written again later. */
  | { kind: 'storage-error'; message: string }
  /** Reading the stored record failed: what is seen now is kept in memory only, never written over it. */
  | { kind: 'storage-read-error'; message: string }
  /** Part of the stored record was unreadable and dropped; the rest was kept. */
  | { kind: 'damaged-record'; droppedEntries: number }
  /** The per-portal cap dropped the least recently seen cookies: how many in all, and when it last did. */
  | { kind: 'cookies-dropped'; count: number; lastAt: number | null }
  | { kind: 'missing-host-permission' };

/** Everything the popup shows for one portal; computed by the background, rendered as is. */
export interface PortalReport {
  host: string;
  charter: { source: CharterSource; declaredCount: number };
  comparison: Comparison;
  /** When the first cookie of this portal was recorded; null before any. */
  recordingSince: number | null;
  notices: Notice[];
}

/** What the popup shows for the tab it was opened on. */
export type TabState =
  | { kind: 'portal'; report: PortalReport }
  /** A web page that is not a known portal: the user may add its host. */
  | { kind: 'not-portal'; host: string }
  /** A tab with no web page (new tab, browser settings, extension page). */
  | { kind: 'no-web-page' };
