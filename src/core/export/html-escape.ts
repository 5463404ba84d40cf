import { isWebUrl } from '../words/format.ts';
import { visibleText } from '../report/visible-name.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made visible (invisible and control characters as marks) and safe for HTML content and quoted attributes alike. */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** A link only for http(s) addresses (never javascript: or data:), plain text otherwise. */
export function linkOrText(url: string, text: string = url): string {
  return isWebUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
