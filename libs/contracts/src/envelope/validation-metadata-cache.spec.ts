import { getMetadataStorage, IsInt, IsString, MinLength, validateSync } from 'class-validator';
import { cacheValidationMetadataLookups } from './validation-metadata-cache.js';

cacheValidationMetadataLookups();

describe('cached validation metadata lookups', () => {
  it('is installed once, on the global metadata storage', () => {
    const storage = getMetadataStorage();
    const installed = storage.getTargetValidationMetadatas;
    cacheValidationMetadataLookups();
    expect(storage.getTargetValidationMetadatas).toBe(installed);
    expect(Object.prototype.hasOwnProperty.call(storage, 'getTargetValidationMetadatas')).toBe(true);
  });

  it('gives the same rules as class-validator itself, including inherited ones', () => {
    class Base {
      @IsString()
      name!: string;
    }
    class Derived extends Base {
      @IsInt()
      age!: number;
    }
    const storage = getMetadataStorage();
    const uncached = Object.getPrototypeOf(storage).getTargetValidationMetadatas.call(storage, Derived, undefined, false, false) as Array<{ propertyName: string }>;
    const cached = storage.getTargetValidationMetadatas(Derived, '', false, false);
    expect(cached.map((m) => m.propertyName).sort()).toEqual(uncached.map((m) => m.propertyName).sort());
    expect(validateSync(Object.assign(new Derived(), { name: 7, age: 'x' })).map((e) => e.property).sort()).toEqual(['age', 'name']);
  });

  it('sees rules added after a lookup: a class decorated later, and a subclass declared later', () => {
    class Person {
      @IsString()
      name!: string;
    }
    expect(validateSync(Object.assign(new Person(), { name: 'Samira' }))).toEqual([]);
    // Decorating again after the first lookup (as mapped types and late imports do).
    MinLength(10)(Person.prototype, 'name');
    expect(validateSync(Object.assign(new Person(), { name: 'Samira' })).map((e) => Object.keys(e.constraints ?? {}))).toEqual([['minLength']]);
    class Volunteer extends Person {
      @IsInt()
      hours!: number;
    }
    expect(validateSync(Object.assign(new Volunteer(), { name: 'Samira el Amrani', hours: 'veel' })).map((e) => e.property)).toEqual(['hours']);
  });
});
