/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A full HTML document in French. */
export function documentHtml({
  title,
  head = '',
  body,
  bodyAttributes = '',
}: {
  title: string;
  head?: string;
  body: string;
  bodyAttributes?: string;
}): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body${bodyAttributes ? ` ${bodyAttributes}` : ''}>
${body}
</body>
</html>
`;
}
