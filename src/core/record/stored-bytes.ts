/**
 * What a value takes in storage.local, in bytes: Chrome counts each key plus the UTF-8 of its value's JSON against
 * the extension's 10 MB (QUOTA_BYTES), and Firefox stores the same data.
 */
export function storedBytes(key: string, value: unknown): number {
  return utf8.encode(key + (JSON.stringify(value) ?? '')).length;
}

const utf8 = new TextEncoder();
