import { formatCount, formatMegabytes } from './format.ts';
import type { Say } from './messages.ts';

/** A size of storage in `say`'s words: "24 Ko" below a megabyte, "1,2 Mo" from there (as `locale` writes numbers). */
export function storageSize(bytes: number, say: Say, locale: string): string {
  if (bytes < 1_048_576) return say('sizeKilobytes', formatCount(Math.max(1, Math.round(bytes / 1024)), locale));
  return say('sizeMegabytes', formatMegabytes(bytes, locale));
}
