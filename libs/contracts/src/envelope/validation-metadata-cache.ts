import { getMetadataStorage } from 'class-validator';

// class-validator's own signature: any class.
type Target = abstract new (...args: never[]) => unknown;
type Lookup = (target: Target, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];
const INSTALLED = Symbol.for('vc.class-validator.metadata-cache');
const CHANGES = Symbol.for('vc.class-validator.metadata-changes');

/**
 * How many rules and constraints have been added since the cache was installed; anything kept per
 * class beside this cache (the validation fast path's plans) is stale once it moves.
 */
export function validationMetadataChanges(): number {
  return ((getMetadataStorage() as unknown as Record<PropertyKey, number | undefined>)[CHANGES] ??= 0);
}

/**
 * class-validator finds a class's validation rules anew on every validation, of every nested
 * object: it tests the class against each class that has rules (`instanceof`, for inherited rules).
 * With the platform's hundreds of contract and request classes that lookup was most of the cost of
 * validating an event (about 90 µs for a volunteer payload, a third of matching's ingest CPU). The
 * answer changes only when rules are added (decorators, at import time), so it is kept per class
 * and arguments, and forgotten whenever a rule or constraint is added. Installed once per process,
 * on the one metadata storage class-validator keeps globally; the returned arrays are read only by
 * class-validator, Nest's validation pipe and mapped types, as before.
 */
export function cacheValidationMetadataLookups(): void {
  const storage = getMetadataStorage() as unknown as Record<PropertyKey, unknown> & {
    getTargetValidationMetadatas: Lookup;
    addValidationMetadata: (metadata: unknown) => void;
    addConstraintMetadata: (metadata: unknown) => void;
  };
  if (storage[INSTALLED]) return;
  storage[INSTALLED] = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  let cache = new Map<Target, Map<string, unknown[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byArguments = cache.get(target);
    if (!byArguments) cache.set(target, (byArguments = new Map()));
    let found = byArguments.get(key);
    if (!found) byArguments.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage);
    storage[method] = (metadata) => {
      cache = new Map();
      storage[CHANGES] = ((storage[CHANGES] as number | undefined) ?? 0) + 1;
      add(metadata);
    };
  }
}
