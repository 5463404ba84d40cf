/**
 * Puts a text in the clipboard in two forms, as a page would (no permission needed after a click): HTML for a
 * rich-text editor, and the plain text for anything else; only the plain text where the browser cannot write HTML.
 */
export async function copyToClipboard(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}
