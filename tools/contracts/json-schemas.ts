// JSON Schemas (2020-12) generated from the contracts' class-validator decorators: the classes stay
// the single source of truth, and integrators get a document they can validate with any library.
import { presenceOf, type EventContract } from '@vc/contracts';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, IS_ISO8601, ValidationTypes } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

export type JsonSchema = { [keyword: string]: unknown };

/** A contract class, as class-validator keys its metadata. */
type ContractClass = abstract new (...args: never[]) => object;

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_BASE = 'https://vrijwilligers.example/schemas/';

/** `registrations.volunteer.registered.v1.json`: one file per event type and major version. */
export function schemaFileOf(contract: Pick<EventContract, 'type' | 'version'>): string {
  return `${contract.type}.v${contract.version}.json`;
}

/** class name → its schema (properties, required), with `$ref: '#/$defs/<Class>'` for nested classes. */
function classSchemas(): { schemas: Map<string, { schema: JsonSchema; target: ContractClass }>; ambiguous: Set<string> } {
  const storage = getMetadataStorage();
  const byName = new Map<string, ContractClass>();
  const ambiguous = new Set<string>();
  // class-validator keeps its metadata per class in a private map; the generator needs every class.
  for (const target of (storage as unknown as { validationMetadatas: Map<ContractClass, unknown> }).validationMetadatas.keys()) {
    const seen = byName.get(target.name);
    if (seen && seen !== target) ambiguous.add(target.name);
    byName.set(target.name, target);
  }
  const generated = validationMetadatasToSchemas({
    refPointerPrefix: '#/$defs/',
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      // The contracts pair IsISO8601 with a Matches that already says the exact form.
      [IS_ISO8601]: {},
      isISO6391: { type: 'string', pattern: '^[a-z]{2}$' },
      // The library's defaults read TypeScript's design:type metadata, which tsx does not emit and
      // ts-jest does: the schemas would depend on the compiler. Only explicit decorators count here.
      [ValidationTypes.CUSTOM_VALIDATION]: {},
      [ValidationTypes.NESTED_VALIDATION]: (meta: { target: object | string; propertyName: string }) => {
        const type = typeof meta.target === 'function' ? defaultMetadataStorage.findTypeMetadata(meta.target, meta.propertyName) : undefined;
        return type ? { $ref: `#/$defs/${(type.typeFunction() as { name: string }).name}` } : { type: 'object' };
      },
    },
  }) as Record<string, JsonSchema>;
  const schemas = new Map<string, { schema: JsonSchema; target: ContractClass }>();
  for (const [name, schema] of Object.entries(generated)) {
    const target = byName.get(name);
    if (target && !ambiguous.has(name)) schemas.set(name, { schema: withPresence(schema, target), target });
  }
  return { schemas, ambiguous };
}

/**
 * class-validator-jsonschema reads every ValidateIf as "optional". The contracts say more: IsNullable
 * is required but may be null, IsOmittable may be absent but is never null, and IsOptional (or any
 * other ValidateIf) allows both.
 */
function withPresence(schema: JsonSchema, target: ContractClass): JsonSchema {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const properties = { ...(schema.properties as Record<string, JsonSchema>) };
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const property of Object.keys(properties)) {
    const conditional = metadatas.some((m) => m.propertyName === property && m.type === ValidationTypes.CONDITIONAL_VALIDATION);
    if (!conditional) continue;
    const presence = presenceOf(target.prototype as object, property);
    if (presence === 'omittable') continue;
    if (presence === 'nullable') required.add(property);
    properties[property] = orNull(properties[property]!);
  }
  const ordered = Object.keys(properties).filter((p) => required.has(p));
  return { type: 'object', properties, ...(ordered.length > 0 ? { required: ordered } : {}) };
}

function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.$ref === 'string') return { anyOf: [schema, { type: 'null' }] };
  if (typeof schema.type !== 'string') return schema;
  const nullable: JsonSchema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum)) nullable.enum = [...schema.enum, null];
  return nullable;
}

/** Every `#/$defs/<Class>` a schema refers to, directly or through other definitions. */
function referencedClasses(
  schema: unknown,
  all: Map<string, { schema: JsonSchema }>,
  ambiguous: Set<string>,
  found = new Set<string>(),
): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) referencedClasses(item, all, ambiguous, found);
  } else if (schema && typeof schema === 'object') {
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
        const name = value.slice('#/$defs/'.length);
        if (!found.has(name)) {
          if (ambiguous.has(name)) throw new Error(`Two contract classes are called ${name}`);
          const definition = all.get(name);
          if (!definition) throw new Error(`a nested field refers to ${name}, which has no validation metadata (a nested class needs @ValidateNested() and @Type(() => TheClass))`);
          found.add(name);
          referencedClasses(definition.schema, all, ambiguous, found);
        }
      } else {
        referencedClasses(value, all, ambiguous, found);
      }
    }
  }
  return found;
}

function ambiguity(contract: EventContract, name: string): Error {
  return new Error(`${contract.type} v${contract.version}: two contract classes are called ${name}; schemas are named by class, so give one another name`);
}

const KEYWORD_ORDER = ['$schema', '$id', 'title', 'description', 'x-topic', 'x-privacy', '$ref', 'type', 'const', 'enum', 'format', 'pattern'];

/**
 * Keywords in one fixed order: the decorators' metadata arrives in an order that differs between
 * compilers (tsx and ts-jest), and the committed files must not depend on which one generated them.
 */
function canonical(value: unknown, parentKeyword?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  // Property names keep their declaration order; `examples` hold data, not schemas.
  if (parentKeyword !== 'properties' && parentKeyword !== '$defs') {
    const rank = (key: string) => (KEYWORD_ORDER.includes(key) ? KEYWORD_ORDER.indexOf(key) : KEYWORD_ORDER.length);
    entries.sort(([a], [b]) => rank(a) - rank(b) || (rank(a) === KEYWORD_ORDER.length ? a.localeCompare(b) : 0));
  }
  return Object.fromEntries(entries.map(([key, inner]) => [key, key === 'examples' || key === 'const' || key === 'enum' ? inner : canonical(inner, key)]));
}

/** One self-contained schema per contract: the payload, its nested classes under `$defs`, and the example. */
export function payloadSchemas(contracts: readonly EventContract[]): Map<EventContract, JsonSchema> {
  const { schemas: all, ambiguous } = classSchemas();
  const result = new Map<EventContract, JsonSchema>();
  for (const contract of contracts) {
    if (ambiguous.has(contract.payload.name)) throw ambiguity(contract, contract.payload.name);
    const root = all.get(contract.payload.name);
    if (!root) throw new Error(`${contract.type} v${contract.version}: payload class ${contract.payload.name} has no validation metadata`);
    let defs: string[];
    try {
      defs = [...referencedClasses(root.schema, all, ambiguous)].sort();
    } catch (error) {
      throw new Error(`${contract.type} v${contract.version}: ${(error as Error).message}`);
    }
    result.set(contract, canonical({
      $schema: SCHEMA_DIALECT,
      $id: SCHEMA_BASE + schemaFileOf(contract),
      title: `${contract.type} v${contract.version}`,
      description: contract.description,
      'x-topic': contract.topic,
      'x-privacy': contract.privacy,
      ...root.schema,
      ...(defs.length > 0 ? { $defs: Object.fromEntries(defs.map((name) => [name, all.get(name)!.schema])) } : {}),
      examples: [contract.example],
    }) as JsonSchema);
  }
  return result;
}
