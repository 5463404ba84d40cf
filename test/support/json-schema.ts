/**
 * A JSON Schema (2020-12) validator for the keywords the evidence schema uses, and no others: type, const, enum,
 * pattern, minimum, properties, required, additionalProperties (false), items, anyOf, and local $ref to #/$defs.
 * An unknown keyword throws, so the schema cannot rely on something this validator silently skips.
 */
export type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minimum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const matchesType = (value: unknown, type: string) =>
  typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

/** Every place where `value` breaks `schema`, as "path: reason"; empty when it is valid. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema))
    if (!KNOWN.has(keyword)) throw new Error(`Unsupported keyword ${keyword} at ${path}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!target) throw new Error(`Unknown $ref ${schema.$ref}`);
    return validate(value, target, root, path);
  }
  const errors: string[] = [];
  const types = schema.type === undefined ? null : ([] as string[]).concat(schema.type as string);
  if (types && !types.some((type) => matchesType(value, type)))
    return [`${path}: ${typeOf(value)} is not ${types.join(' or ')}`];
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((option) => validate(value, option as Schema, root, path).length === 0)
  ) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items)
    value.forEach((item, index) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${index}]`)));
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[])
      if (!(name in object)) errors.push(`${path}: missing ${name}`);
    for (const [name, member] of Object.entries(object)) {
      if (properties[name]) errors.push(...validate(member, properties[name], root, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${name}`);
    }
  }
  return errors;
}
