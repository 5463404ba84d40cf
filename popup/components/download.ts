import type { EvidenceFile } from '../../src/messaging/protocol.ts';

/** Long enough for the browser to start reading the file (Firefox reads it after the click returns). */
const REVOKE_DELAY_MS = 10_000;

/**
 * Saves a file the background prepared through a link to a Blob, as a page would: the `downloads` permission is
 * not needed for that. The content is written exactly as it came (the CSV's byte order mark included).
 */
export function downloadFile({ fileName, mimeType, content }: EvidenceFile): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
