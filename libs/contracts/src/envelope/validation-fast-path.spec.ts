import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import fc from 'fast-check';
import type { EventContract } from './event-contract.js';
import { matchingCatalogue } from '../matching/index.js';
import { partnershipsCatalogue } from '../partnerships/index.js';
import { registrationsCatalogue } from '../registrations/index.js';
import { trainingCatalogue } from '../training/index.js';
import { passesValidation, passesValidationAsPlain, type UnknownFields } from './validation-fast-path.js';

class Slot {
  @IsIn(['monday', 'tuesday'])
  day!: string;

  @IsInt()
  @Min(0)
  @Max(2)
  part!: number;
}

class Person {
  @IsString()
  @MaxLength(20)
  name!: string;

  @IsOptional()
  @IsInt()
  age?: number;

  @IsDefined()
  @IsIn(['yes', 'no'])
  consent!: string;

  @ValidateIf((person: Person) => person.consent === 'yes')
  @IsString()
  consentText?: string;

  @IsString({ each: true })
  @ArrayMaxSize(3)
  skills!: string[];

  @ValidateNested({ each: true })
  @Type(() => Slot)
  availability!: Slot[];

  @IsOptional()
  @ValidateNested()
  @Type(() => Slot)
  preferred?: Slot;

  // A plain object without @Type: class-validator finds no rules for it (forbidUnknownValues).
  @IsOptional()
  @ValidateNested()
  loose?: object;
}

const VALID = {
  name: 'Samira',
  age: 34,
  consent: 'yes',
  consentText: 'v3',
  skills: ['koken'],
  availability: [{ day: 'monday', part: 1 }],
  preferred: { day: 'tuesday', part: 0 },
};

function classValidatorErrors(instance: object, unknownFields: UnknownFields) {
  return validateSync(instance, { whitelist: true, forbidNonWhitelisted: unknownFields === 'refuse', forbidUnknownValues: true });
}

/** The fast path's verdict and class-validator's, each on its own copy; for `drop`, also what is left. */
function bothVerdicts<T extends object>(cls: new () => T, plain: unknown, unknownFields: UnknownFields) {
  const fastCopy = plainToInstance(cls, structuredClone(plain)) as object;
  const slowCopy = plainToInstance(cls, structuredClone(plain)) as object;
  const fast = passesValidation(fastCopy, unknownFields);
  const slow = classValidatorErrors(slowCopy, unknownFields).length === 0;
  const plainCopy = structuredClone(plain) as object;
  const asPlain = passesValidationAsPlain(cls, plainCopy, unknownFields);
  return { fast, slow, fastCopy, slowCopy, asPlain, plainCopy };
}

describe('validation fast path', () => {
  it.each<[string, Record<string, unknown>, boolean | 'only when dropped']>([
    ['a valid person', VALID, true],
    ['a missing optional field', { ...VALID, age: undefined }, true],
    ['null in an optional field', { ...VALID, age: null }, true],
    ['a wrong type', { ...VALID, age: '34' }, false],
    ['a missing required field', { ...VALID, name: undefined }, false],
    ['IsDefined on null', { ...VALID, consent: null }, false],
    ['ValidateIf false skips the rule', { ...VALID, consent: 'no', consentText: 17 }, true],
    ['ValidateIf true runs the rule', { ...VALID, consentText: 17 }, false],
    ['each: one bad item', { ...VALID, skills: ['koken', 3] }, false],
    ['each on a non-array checks the value itself', { ...VALID, skills: 'koken' }, false],
    ['array size', { ...VALID, skills: ['a', 'b', 'c', 'd'] }, false],
    ['a nested rule broken', { ...VALID, availability: [{ day: 'friday', part: 1 }] }, false],
    ['a nested unknown field', { ...VALID, availability: [{ day: 'monday', part: 1, note: 'x' }] }, 'only when dropped'],
    ['a nested array of non-objects', { ...VALID, availability: ['monday'] }, false],
    ['a nested null', { ...VALID, preferred: null }, true],
    ['a nested non-object', { ...VALID, availability: 'monday' }, false],
    ['a nested object of a class without rules', { ...VALID, loose: { a: 1 } }, false],
    ['an unknown field', { ...VALID, password: 'x' }, 'only when dropped'],
  ])('agrees with class-validator on %s', (_case, plain, valid) => {
    for (const unknownFields of ['refuse', 'drop'] as const) {
      const { fast, slow, asPlain } = bothVerdicts(Person, plain, unknownFields);
      expect({ unknownFields, fast, asPlain }).toEqual({ unknownFields, fast: slow, asPlain: slow });
      const expected = valid === 'only when dropped' ? unknownFields === 'drop' : valid;
      expect({ unknownFields, slow }).toEqual({ unknownFields, slow: expected });
    }
  });

  it('drops unknown fields at every level, as class-validator does, when they are not refused', () => {
    const plain = { ...VALID, password: 'x', availability: [{ day: 'monday', part: 1, note: 'x' }] };
    const { fast, slow, fastCopy, slowCopy, asPlain, plainCopy } = bothVerdicts(Person, plain, 'drop');
    expect([fast, slow, asPlain]).toEqual([true, true, true]);
    expect(fastCopy).toEqual(slowCopy);
    expect(JSON.stringify(plainCopy)).toBe(JSON.stringify(slowCopy));
    expect(fastCopy).not.toHaveProperty('password');
    expect((fastCopy as Person).availability[0]).not.toHaveProperty('note');
  });

  it('leaves to class-validator what it cannot run: an asynchronous rule', () => {
    class Later {
      @IsString()
      name!: string;
    }
    registerDecorator({
      name: 'isLater',
      target: Later,
      propertyName: 'name',
      async: true,
      validator: { validate: async () => true },
    });
    expect(passesValidation(plainToInstance(Later, { name: 'x' }), 'refuse')).toBe(false);
  });

  it('sees a rule added after the class was first checked', () => {
    class Late {
      @IsString()
      name!: string;
    }
    expect(passesValidation(plainToInstance(Late, { name: 'a long name' }), 'refuse')).toBe(true);
    MaxLength(3)(Late.prototype, 'name');
    expect(passesValidation(plainToInstance(Late, { name: 'a long name' }), 'refuse')).toBe(false);
  });

  const contracts: EventContract[] = [registrationsCatalogue, matchingCatalogue, trainingCatalogue, partnershipsCatalogue].flatMap((c) =>
    c.all(),
  );

  it('passes every contract example, as an instance and as the plain object', () => {
    expect(contracts.length).toBeGreaterThan(30);
    for (const contract of contracts) {
      const example = structuredClone(contract.example);
      expect({
        type: contract.type,
        passes: passesValidation(plainToInstance(contract.payload, example), 'refuse'),
        asPlain: passesValidationAsPlain(contract.payload, example, 'refuse'),
      }).toEqual({ type: contract.type, passes: true, asPlain: true });
    }
  });

  it('leaves to class-transformer the classes it would not merely copy', () => {
    class Trimmed {
      @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
      @IsString()
      name!: string;
    }
    class WithDefault {
      @IsInt()
      hours = 0;
    }
    class Counted {
      @Type(() => Number)
      @IsInt()
      count!: number;
    }
    class Holder {
      @ValidateNested()
      @Type(() => Trimmed)
      inner!: Trimmed;
    }
    expect(passesValidationAsPlain(Trimmed, { name: 'Samira' }, 'refuse')).toBe(false);
    expect(passesValidationAsPlain(WithDefault, { hours: 3 }, 'refuse')).toBe(false);
    expect(passesValidationAsPlain(Counted, { count: 3 }, 'refuse')).toBe(false);
    expect(passesValidationAsPlain(Holder, { inner: { name: 'Samira' } }, 'refuse')).toBe(false);
    // And an object that is not plain (a class instance) is not taken for one.
    expect(passesValidationAsPlain(Slot, plainToInstance(Slot, { day: 'monday', part: 1 }), 'refuse')).toBe(false);
    expect(passesValidationAsPlain(Slot, { day: 'monday', part: 1 }, 'refuse')).toBe(true);
  });

  // Paths to every value in a JSON document, so a mutation can land anywhere, nested ones too.
  function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
    if (value !== null && typeof value === 'object') {
      return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
    }
    return [prefix];
  }

  const oddValue = fc.oneof(
    fc.constantFrom(null, '', ' ', 0, -1, 1.5, 1e12, true, [], {}, 'x'.repeat(5000), '2026-02-30', 'NaN', '00000000-0000-0000-0000-000000000000'),
    fc.jsonValue({ maxDepth: 2 }),
    fc.string(),
    fc.integer(),
  );

  it('agrees with class-validator on mutations of every contract example (fast-check)', () => {
    const mutation = fc.record({
      contract: fc.constantFrom(...contracts),
      pick: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'add-field'),
      value: oddValue,
      unknownFields: fc.constantFrom<UnknownFields>('refuse', 'drop'),
    });
    let passedBoth = 0;
    fc.assert(
      fc.property(mutation, ({ contract, pick, kind, value, unknownFields }) => {
        const plain = structuredClone(contract.example) as Record<string, unknown>;
        const paths = pathsOf(plain).filter((p) => p.length > 0 || kind === 'add-field');
        const path = paths[pick % paths.length]!;
        const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], plain) as Record<
          string | number,
          unknown
        >;
        const last = path[path.length - 1]!;
        if (kind === 'replace') parent[last] = value;
        // An array loses the item, as in JSON (which has no holes).
        else if (kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        }
        else {
          const at = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], plain);
          if (at !== null && typeof at === 'object' && !Array.isArray(at)) (at as Record<string, unknown>).surplus = value;
        }
        const { fast, slow, fastCopy, slowCopy, asPlain, plainCopy } = bothVerdicts(contract.payload, plain, unknownFields);
        expect({ type: contract.type, fast, asPlain }).toEqual({ type: contract.type, fast: slow, asPlain: slow });
        if (fast) {
          passedBoth += 1;
          expect(fastCopy).toEqual(slowCopy);
          // What the plain path hands on is the same data, field for field and in the same order.
          expect(JSON.stringify(plainCopy)).toBe(JSON.stringify(slowCopy));
        }
      }),
      { numRuns: 3000, seed: 20261128 },
    );
    // The mutations must not all be refusals, or the agreement on passing would go untested.
    expect(passedBoth).toBeGreaterThan(300);
  });
});
