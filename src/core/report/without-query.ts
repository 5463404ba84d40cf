/**
 * An address without its query, fragment or credentials: the parameters of a measurement request often repeat the
 * identifier its cookie holds (Matomo's _id, AT Internet's idclient), and a cookie value never leaves in an export.
 */
export function withoutQuery(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}
