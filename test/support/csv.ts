/**
 * A strict RFC 4180 reader, for checking the exports: quoted fields may hold the separator, quotes (doubled) and
 * line breaks; every record ends with CRLF. Throws on anything else, so a malformed export fails the test.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        if (index >= text.length) throw new Error('Unterminated quoted field');
        if (text[index] === '"') {
          if (text[index + 1] !== '"') break;
          field += '"';
          index += 2;
        } else field += text[index++];
      }
      index++;
    } else {
      while (index < text.length && text[index] !== separator && text[index] !== '\r' && text[index] !== '\n') {
        if (text[index] === '"') throw new Error(`Quote inside an unquoted field at ${index}`);
        field += text[index++];
      }
    }
    record.push(field);
    if (text[index] === separator) {
      index++;
    } else if (text.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else {
      throw new Error(
        `Expected "${separator}" or CRLF at ${index}, found ${JSON.stringify(text[index] ?? 'end of text')}`,
      );
    }
  }
  if (record.length > 0) throw new Error('Last record without CRLF');
  return records;
}
