import type { DeclaredCookie, StandardTemplate } from '../types.ts';

/** One of the charters Opendatasoft portals publish by default, as the extension ships it; every one of this shape. */
export interface StandardCharter {
  template: StandardTemplate;
  /** A real page that publishes it, which its lines were copied from. */
  source: string;
  declared: DeclaredCookie[];
}
