// The compatibility guard: what an integrator's consumer, written against the published schema of
// a major version, would stop understanding. Additive changes (a new optional field, a new enum
// value, a wider type) pass; everything else needs a new major version beside the old one.
import type { JsonSchema } from './json-schemas.js';

type Schema = JsonSchema;

/** `$ref: '#/$defs/X'` resolved, `anyOf: [X, {type: null}]` folded into X's types. */
function normalised(schema: Schema | undefined, root: Schema, depth = 0): Schema {
  if (!schema || depth > 32) return {};
  let current = schema;
  if (typeof current.$ref === 'string') {
    const name = current.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
    const { $ref: _ref, ...siblings } = current;
    current = { ...normalised(target, root, depth + 1), ...siblings, type: siblings.type ?? target?.type };
    if (current.type === undefined) delete current.type;
  }
  if (Array.isArray(current.anyOf)) {
    const options = current.anyOf as Schema[];
    const nonNull = options.filter((option) => option.type !== 'null');
    if (nonNull.length === 1 && options.length === 2) {
      const inner = normalised(nonNull[0], root, depth + 1);
      const { anyOf: _anyOf, ...rest } = current;
      current = { ...inner, ...rest, type: [...typesOf(inner), 'null'] };
    }
  }
  return current;
}

function typesOf(schema: Schema): string[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
}

function accepts(types: string[], type: string): boolean {
  return types.length === 0 || types.includes(type) || (type === 'integer' && types.includes('number'));
}

const where = (path: string) => (path === '' ? 'the payload' : `"${path}"`);

function compare(before: Schema, after: Schema, path: string, roots: { before: Schema; after: Schema }, problems: string[]): void {
  const a = normalised(before, roots.before);
  const b = normalised(after, roots.after);

  const typesBefore = typesOf(a);
  const typesAfter = typesOf(b);
  const lost = typesBefore.filter((type) => !accepts(typesAfter, type));
  if (typesBefore.length === 0 && typesAfter.length > 0) problems.push(`narrowed the type of ${where(path)} to ${typesAfter.join(' or ')}`);
  else if (lost.length > 0) problems.push(`narrowed the type of ${where(path)} from ${typesBefore.join(' or ')} to ${typesAfter.join(' or ')}`);

  if (Array.isArray(b.enum)) {
    if (!Array.isArray(a.enum)) problems.push(`restricted ${where(path)} to the values ${JSON.stringify(b.enum)}`);
    else for (const value of a.enum) if (!b.enum.includes(value)) problems.push(`removed the value ${JSON.stringify(value)} from ${where(path)}`);
  }
  if (b.pattern !== undefined && b.pattern !== a.pattern) problems.push(`changed the pattern of ${where(path)} to ${String(b.pattern)}`);
  tightened(a, b, path, problems);

  const propertiesBefore = (a.properties ?? {}) as Record<string, Schema>;
  const propertiesAfter = (b.properties ?? {}) as Record<string, Schema>;
  const requiredBefore = new Set((a.required as string[] | undefined) ?? []);
  const requiredAfter = new Set((b.required as string[] | undefined) ?? []);
  const field = (name: string) => (path === '' ? name : `${path}.${name}`);
  for (const [name, schema] of Object.entries(propertiesBefore)) {
    if (!(name in propertiesAfter)) {
      problems.push(`removed the field "${field(name)}"`);
      continue;
    }
    if (requiredBefore.has(name) && !requiredAfter.has(name)) problems.push(`made the field "${field(name)}" optional`);
    compare(schema, propertiesAfter[name]!, field(name), roots, problems);
  }
  for (const name of requiredAfter) if (!requiredBefore.has(name)) problems.push(`added the required field "${field(name)}"`);

  if (a.items !== undefined || b.items !== undefined) compare((a.items ?? {}) as Schema, (b.items ?? {}) as Schema, `${path}[]`, roots, problems);
}

/** Limits that may only stay or loosen: a value valid before must stay valid. */
function tightened(a: Schema, b: Schema, path: string, problems: string[]): void {
  const upper = ['maxLength', 'maximum', 'maxItems'] as const;
  const lower = ['minLength', 'minimum', 'minItems'] as const;
  for (const limit of upper) {
    const before = a[limit] as number | undefined;
    const after = b[limit] as number | undefined;
    if (after !== undefined && (before === undefined || after < before)) problems.push(`lowered ${limit} of ${where(path)} to ${after}`);
  }
  for (const limit of lower) {
    const before = a[limit] as number | undefined;
    const after = b[limit] as number | undefined;
    if (after !== undefined && (before === undefined || after > before)) problems.push(`raised ${limit} of ${where(path)} to ${after}`);
  }
  if (b.uniqueItems === true && a.uniqueItems !== true) problems.push(`made the items of ${where(path)} unique`);
}

/**
 * Breaking changes from `before` (the published schema) to `after` (what the code generates now),
 * each a sentence naming the event and the field.
 */
export function breakingChanges(event: string, before: JsonSchema, after: JsonSchema): string[] {
  const problems: string[] = [];
  compare(before, after, '', { before, after }, problems);
  return problems.map((problem) => `${event}: ${problem}`);
}
