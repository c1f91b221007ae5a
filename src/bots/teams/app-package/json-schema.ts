/**
 * A small JSON Schema (draft-04) validator: enough for the Teams manifest schema, which uses type, properties,
 * required, additionalProperties, enum, const, pattern, lengths, items, item counts, uniqueItems, minProperties,
 * minimum/maximum, anyOf/oneOf/allOf/not, dependencies, if/then/else and `$ref` JSON pointers. A keyword it does not
 * know makes validation fail loudly rather than pass silently.
 */
export type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', 'id', '$id', 'description', 'title', 'default', 'examples', '$comment', 'definitions', 'format', 'deprecated', 'markdownDescription']);
const HANDLED = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'enum', 'const', 'pattern', 'maxLength', 'minLength',
  'items', 'maxItems', 'minItems', 'uniqueItems', 'minProperties', 'maxProperties', 'minimum', 'maximum', 'anyOf', 'oneOf', 'allOf',
  'not', 'dependencies', 'if', 'then', 'else', '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`$ref ${ref} points nowhere`);
  }
  return node as Schema;
}

/** Every problem of `value` against `schema`, as "path: what is wrong"; empty when it is valid. */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema;
  for (const key of Object.keys(s)) {
    if (!HANDLED.has(key) && !ANNOTATIONS.has(key)) throw new Error(`schema keyword "${key}" at ${path} is not supported`);
  }
  const errors: string[] = [];
  if (typeof s.$ref === 'string') errors.push(...validate(resolve(root, s.$ref), value, root, path));
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => typeMatches(value, t))) return [...errors, `${path}: should be ${types.join(' or ')}, is ${typeOf(value)}`];
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: should be one of ${JSON.stringify(s.enum)}`);
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) errors.push(`${path}: should be ${JSON.stringify(s.const)}`);
  if (typeof value === 'string') {
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: does not match ${s.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: items are not unique`);
    if (s.items !== undefined && !Array.isArray(s.items)) value.forEach((item, i) => errors.push(...validate(s.items as Schema, item, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, Schema>);
    for (const required of (s.required ?? []) as string[]) if (!(required in object)) errors.push(`${path}: "${required}" is required`);
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) errors.push(`${path}: fewer than ${s.minProperties} properties`);
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) errors.push(`${path}: more than ${s.maxProperties} properties`);
    for (const key of keys) {
      const child = `${path}.${key}`;
      const matchingPatterns = patterns.filter(([p]) => new RegExp(p, 'u').test(key));
      if (key in properties) errors.push(...validate(properties[key] as Schema, object[key], root, child));
      for (const [, sub] of matchingPatterns) errors.push(...validate(sub, object[key], root, child));
      if (!(key in properties) && matchingPatterns.length === 0 && s.additionalProperties !== undefined) {
        errors.push(...(s.additionalProperties === false ? [`${child}: is not allowed here`] : validate(s.additionalProperties as Schema, object[key], root, child)));
      }
    }
    for (const [key, dependency] of Object.entries((s.dependencies ?? {}) as Record<string, Schema | string[]>)) {
      if (!(key in object)) continue;
      if (Array.isArray(dependency)) dependency.filter((d) => !(d in object)).forEach((d) => errors.push(`${path}: "${d}" is required with "${key}"`));
      else errors.push(...validate(dependency, object, root, path));
    }
  }
  if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) errors.push(...validate(sub, value, root, path));
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => validate(sub, value, root, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((sub) => validate(sub, value, root, path).length === 0).length !== 1) errors.push(`${path}: should match exactly one of oneOf`);
  if (s.not !== undefined && validate(s.not as Schema, value, root, path).length === 0) errors.push(`${path}: matches a schema it must not`);
  if (s.if !== undefined) {
    const branch = validate(s.if as Schema, value, root, path).length === 0 ? s.then : s.else;
    if (branch !== undefined) errors.push(...validate(branch as Schema, value, root, path));
  }
  return errors;
}
