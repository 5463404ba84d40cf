/** The SHA-256 of a text's UTF-8 bytes, in lower-case hexadecimal, through Web Crypto (Node 20, extension pages, service workers). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
