import {
  getMetadataStorage,
  validateSync,
  ValidationTypes,
  type ValidationArguments,
  type ValidationError,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { cacheValidationMetadataLookups, validationMetadataChanges } from './validation-metadata-cache.js';

cacheValidationMetadataLookups();

/** What happens to a field the class does not declare: an error (`refuse`) or deleted (`drop`). */
export type UnknownFields = 'refuse' | 'drop';

type Class = abstract new (...args: never[]) => unknown;

// The parts of class-validator's metadata the fast path reads (its classes are not exported).
interface RuleMetadata {
  type: string;
  propertyName: string;
  constraints: unknown[];
  constraintCls: Class;
  each?: boolean;
  validateIf?: (object: object, value: unknown) => boolean;
}
interface ConstraintMetadata {
  async: boolean;
  instance: ValidatorConstraintInterface;
}
interface Storage {
  getTargetValidationMetadatas(target: Class, schema: string | undefined, always: boolean, strictGroups: boolean): RuleMetadata[];
  getTargetValidatorConstraints(target: unknown): ConstraintMetadata[];
}

interface Rule {
  metadata: RuleMetadata;
  constraints: readonly ConstraintMetadata[];
}
interface PropertyPlan {
  name: string;
  conditions: ReadonlyArray<(object: object, value: unknown) => boolean>;
  defined: readonly Rule[];
  custom: readonly Rule[];
  nested: boolean;
}
/** `undefined`: the class has a rule the fast path does not run, so class-validator decides. */
type Plan = { known: ReadonlySet<string>; properties: readonly PropertyPlan[] } | 'no-rules' | undefined;

const HANDLED = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.WHITELIST,
]);

/**
 * Set by the test configs: every instance the fast path passes is validated by class-validator as
 * well, and a disagreement fails the test, so every test that sends a request or an event also
 * checks the fast path against class-validator.
 */
const SHADOW = process.env.VALIDATION_FAST_PATH_SHADOW === '1';

let plans = new Map<Class, Plan>();
/** Per class: the class each nested property holds, or `undefined` when the plain path does not apply. */
let shapes = new Map<Class, ReadonlyMap<string, Class> | undefined>();
let cachesMadeAt = -1;

/** Both caches are stale once a rule or constraint has been added. */
function forgetIfRulesChanged(): void {
  const changes = validationMetadataChanges();
  if (changes === cachesMadeAt) return;
  plans = new Map();
  shapes = new Map();
  cachesMadeAt = changes;
}

/** What class-validator finds wrong, validated as every edge and contract check here does. */
export function classValidatorErrors(instance: object, unknownFields: UnknownFields): ValidationError[] {
  return validateSync(instance, { whitelist: true, forbidNonWhitelisted: unknownFields === 'refuse', forbidUnknownValues: true });
}

function planOf(target: Class): Plan {
  forgetIfRulesChanged();
  if (plans.has(target)) return plans.get(target);
  const storage = getMetadataStorage() as unknown as Storage;
  // The same lookup class-validator makes without groups, `always` or strict groups.
  const metadatas = storage.getTargetValidationMetadatas(target, undefined, false, false);
  let plan: Plan;
  if (metadatas.length === 0) plan = 'no-rules';
  else if (metadatas.some((m) => !HANDLED.has(m.type))) plan = undefined;
  else {
    const byName = new Map<string, RuleMetadata[]>();
    for (const m of metadatas) byName.set(m.propertyName, [...(byName.get(m.propertyName) ?? []), m]);
    const ruleOf = (metadata: RuleMetadata): Rule => ({ metadata, constraints: storage.getTargetValidatorConstraints(metadata.constraintCls) });
    const properties = [...byName].map(([name, ms]) => ({
      name,
      conditions: ms.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.constraints[0] as (object: object, value: unknown) => boolean),
      defined: ms.filter((m) => m.type === ValidationTypes.IS_DEFINED).map(ruleOf),
      custom: ms.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION).map(ruleOf),
      nested: ms.some((m) => m.type === ValidationTypes.NESTED_VALIDATION),
    }));
    const usable = properties.every((p) => [...p.defined, ...p.custom].every((rule) => rule.constraints.every((c) => !c.async)));
    plan = usable ? { known: new Set(byName.keys()), properties } : undefined;
  }
  plans.set(target, plan);
  return plan;
}

function isCollection(value: unknown): boolean {
  return value instanceof Set || value instanceof Map;
}

function passesRules(object: object, value: unknown, rules: readonly Rule[]): boolean {
  for (const { metadata, constraints } of rules) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    const args: ValidationArguments = {
      targetName: object.constructor?.name,
      property: metadata.propertyName,
      object,
      value,
      constraints: metadata.constraints,
    };
    for (const constraint of constraints) {
      if (metadata.each && isCollection(value)) return false;
      if (metadata.each && Array.isArray(value)) {
        for (const item of value) if (constraint.instance.validate(item, args) !== true) return false;
      } else if (constraint.instance.validate(value, args) !== true) return false;
    }
  }
  return true;
}

function passesNested(value: unknown, unknownFields: UnknownFields): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!passesNested(item, unknownFields)) return false;
    return true;
  }
  if (isCollection(value) || !(value instanceof Object)) return false;
  return passes(value, unknownFields);
}

/** `target`: the class whose rules apply, its constructor or (for a plain object) the class it stands for. */
function passes(object: object, unknownFields: UnknownFields, target: Class = object.constructor as Class, asPlain = false): boolean {
  const plan = planOf(target);
  if (plan === undefined || plan === 'no-rules') return false;
  const shape = asPlain ? plainShapeOf(target) : undefined;
  for (const key of Object.keys(object)) {
    if (plan.known.has(key)) continue;
    if (unknownFields === 'refuse') return false;
    delete (object as Record<string, unknown>)[key];
  }
  for (const property of plan.properties) {
    const value = (object as Record<string, unknown>)[property.name];
    if (value instanceof Promise) return false;
    let applies = true;
    for (const condition of property.conditions) if (!condition(object, value)) applies = false;
    if (!applies) continue;
    if (!passesRules(object, value, property.defined) || !passesRules(object, value, property.custom)) return false;
    if (property.nested) {
      if (!asPlain) {
        if (!passesNested(value, unknownFields)) return false;
        continue;
      }
      if (value === undefined) continue;
      const nestedClass = shape?.get(property.name);
      if (nestedClass === undefined || !passesPlainNested(value, nestedClass, unknownFields)) return false;
    }
  }
  return true;
}

/** Made by `{}` or JSON.parse, in any realm (jest runs tests in a vm context of their own). */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function passesPlainNested(value: unknown, target: Class, unknownFields: UnknownFields): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!passesPlainNested(item, target, unknownFields)) return false;
    return true;
  }
  // A plain object only: anything else class-transformer would have turned into something else.
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return false;
  return passes(value, unknownFields, target, true);
}

interface TransformStorage {
  findTypeMetadata(target: Class, property: string): { typeFunction?: (...args: unknown[]) => unknown; options?: { discriminator?: unknown } } | undefined;
  findTransformMetadatas(target: Class, property: string, transformationType: number): unknown[];
  getStrategy(target: Class): string;
  getExposedMetadatas(target: Class): unknown[];
  getExcludedMetadatas(target: Class): unknown[];
}
// The storage of the build `import 'class-transformer'` resolves to (its CommonJS main).
const transformStorage = defaultMetadataStorage as unknown as TransformStorage;
const PLAIN_TO_CLASS = 0;

/**
 * Whether class-transformer would build this class from a plain object by copying it as it is (so
 * the plain object can be checked in its place), and which class each nested property is. Not so
 * when the class or a property is transformed, exposed, excluded or renamed, when a @Type is not a
 * fixed class (a function of the value, a discriminator, a primitive or Date), or when a new
 * instance already has fields (defaults the plain object lacks).
 */
function plainShapeOf(target: Class): ReadonlyMap<string, Class> | undefined {
  forgetIfRulesChanged();
  if (shapes.has(target)) return shapes.get(target);
  shapes.set(target, undefined); // a class that nests itself is not copied as it is either
  const shape = new Map<string, Class>();
  const plan = planOf(target);
  let eligible = typeof plan === 'object' && transformStorage.getStrategy(target) === 'none';
  eligible &&= transformStorage.getExposedMetadatas(target).length === 0 && transformStorage.getExcludedMetadatas(target).length === 0;
  try {
    eligible &&= Object.keys(new (target as unknown as new () => object)()).length === 0;
  } catch {
    eligible = false;
  }
  for (const property of typeof plan === 'object' && eligible ? plan.properties : []) {
    if (transformStorage.findTransformMetadatas(target, property.name, PLAIN_TO_CLASS).length > 0) eligible = false;
    const type = transformStorage.findTypeMetadata(target, property.name);
    if (!type) continue;
    const nested = type.typeFunction && type.typeFunction.length === 0 && !type.options?.discriminator ? type.typeFunction() : undefined;
    if (typeof nested !== 'function' || [String, Number, Boolean, Date, Buffer, Map, Set, Array, Object].includes(nested as never)) eligible = false;
    else shape.set(property.name, nested as Class);
  }
  for (const nested of shape.values()) if (eligible && nested !== target) eligible = plainShapeOf(nested) !== undefined;
  const answer = eligible ? shape : undefined;
  shapes.set(target, answer);
  return answer;
}

/**
 * `passesValidation` for a plain object (a parsed JSON payload) without building the class
 * instance first, for classes that class-transformer would only copy (see plainShapeOf): true
 * only when `plainToInstance(target, plain)` would pass. With `drop`, fields the classes do not
 * declare are deleted from the plain object itself. False also means "not sure".
 */
export function passesValidationAsPlain(target: Class, plain: object, unknownFields: UnknownFields): boolean {
  if (!isPlainObject(plain) || plainShapeOf(target) === undefined) return false;
  const passed = passes(plain, unknownFields, target, true);
  if (SHADOW && passed) {
    const instance = plainToInstance(target as new () => object, plain);
    if (classValidatorErrors(instance, unknownFields).length > 0 || JSON.stringify(instance) !== JSON.stringify(plain)) {
      throw new Error(`validation fast path passed a plain ${target.name} that class-transformer and class-validator would not give as it is`);
    }
  }
  return passed;
}

/**
 * True only when class-validator would find nothing wrong with this instance, validated with
 * `whitelist`, `forbidUnknownValues` and, for `refuse`, `forbidNonWhitelisted` (as every edge and
 * contract check here does); with `drop`, fields the class does not declare are deleted, as
 * class-validator's whitelist does. It runs the very same constraint functions as class-validator,
 * without building an error for every property checked and a lookup of rules for every object,
 * which was most of the cost of a valid request or event. False also means "not sure" (an async
 * rule, a Set or Map, a promise): the caller then asks class-validator, which also words the errors.
 */
export function passesValidation(instance: object, unknownFields: UnknownFields): boolean {
  const passed = passes(instance, unknownFields);
  if (SHADOW && passed) {
    const errors = classValidatorErrors(instance, unknownFields);
    if (errors.length > 0) {
      throw new Error(
        `validation fast path passed a ${instance.constructor?.name} that class-validator refuses: ${errors.map((e) => e.property).join(', ')}`,
      );
    }
  }
  return passed;
}

