import {
  getMetadataStorage,
  validateSync,
  ValidationTypes,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { cacheValidationMetadataLookups, validationMetadataChanges } from './validation-metadata-cache.js';

cacheValidationMetadataLookups();

/** What happens to a field the class does not declare: an error (`refuse`) or deleted (`drop`). */
export type UnknownFields = 'refuse' | 'drop';

// The parts of class-validator's metadata the fast path reads (its classes are not exported).
interface RuleMetadata {
  type: string;
  propertyName: string;
  constraints: unknown[];
  constraintCls: abstract new (...args: never[]) => unknown;
  each?: boolean;
  validateIf?: (object: object, value: unknown) => boolean;
}
interface ConstraintMetadata {
  async: boolean;
  instance: ValidatorConstraintInterface;
}
interface Storage {
  getTargetValidationMetadatas(target: abstract new (...args: never[]) => unknown, schema: string | undefined, always: boolean, strictGroups: boolean): RuleMetadata[];
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

let plans = new Map<unknown, Plan>();
let plansMadeAt = -1;

function planOf(target: abstract new (...args: never[]) => unknown): Plan {
  const changes = validationMetadataChanges();
  if (changes !== plansMadeAt) {
    plans = new Map();
    plansMadeAt = changes;
  }
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

function passes(object: object, unknownFields: UnknownFields): boolean {
  const plan = planOf(object.constructor as abstract new (...args: never[]) => unknown);
  if (plan === undefined || plan === 'no-rules') return false;
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
    if (property.nested && !passesNested(value, unknownFields)) return false;
  }
  return true;
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
    const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: unknownFields === 'refuse', forbidUnknownValues: true });
    if (errors.length > 0) {
      throw new Error(
        `validation fast path passed a ${instance.constructor?.name} that class-validator refuses: ${errors.map((e) => e.property).join(', ')}`,
      );
    }
  }
  return passed;
}

