import { IsInt, IsString, Min, ValidateNested, IsArray } from 'class-validator';
import { Type } from 'class-transformer';
import { defineEvent } from './event-contract.js';
import { ContractViolationError, validatePayload } from './validate-payload.js';

class Slot {
  @IsString()
  day!: string;
}

class ThingHappened {
  @IsString()
  name!: string;

  @IsInt()
  @Min(0)
  count!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Slot)
  slots!: Slot[];
}

const thingHappened = defineEvent({
  type: 'demo.thing.happened',
  version: 1,
  topic: 'demo.thing.v1',
  privacy: 'public',
  payload: ThingHappened,
  example: { name: 'x', count: 1, slots: [{ day: 'monday' }] },
  description: 'test contract',
});

function violationsOf(plain: unknown) {
  try {
    validatePayload(thingHappened, plain);
  } catch (error) {
    if (error instanceof ContractViolationError) return error.violations;
    throw error;
  }
  return [];
}

describe('validatePayload', () => {
  it('accepts the example and hands back the same data: the plain object itself, as class-transformer would only copy it', () => {
    const plain = structuredClone(thingHappened.example);
    const payload = validatePayload(thingHappened, plain);
    expect(payload).toBe(plain);
    expect(payload).toEqual({ name: 'x', count: 1, slots: [{ day: 'monday' }] });
  });

  it('returns an instance of the payload class where class-transformer does more than copy', () => {
    class Counted {
      @Type(() => Number)
      @IsInt()
      count!: number;
    }
    const counted = defineEvent({ ...thingHappened, payload: Counted, example: { count: 1 } });
    const payload = validatePayload(counted, { count: 1 });
    expect(payload).toBeInstanceOf(Counted);
    expect(payload).toEqual({ count: 1 });
  });

  it.each([
    ['a missing field', { count: 1, slots: [] }, 'name'],
    ['a wrong type', { name: 'x', count: 'many', slots: [] }, 'count'],
    ['a value out of range', { name: 'x', count: -1, slots: [] }, 'count'],
    ['an unknown field', { name: 'x', count: 1, slots: [], email: 'a@b.nl' }, 'email'],
    ['a bad nested field', { name: 'x', count: 1, slots: [{ day: 3 }] }, 'slots.0.day'],
  ])('names the field for %s', (_case, plain, field) => {
    expect(violationsOf(plain).map((v) => v.field)).toContain(field);
  });

  it('drops unknown fields instead of refusing them when asked to (consumers: tolerant reader)', () => {
    const payload = validatePayload(
      thingHappened,
      { name: 'x', count: 1, slots: [], addedInAMinorRelease: true },
      { unknownFields: 'drop' },
    );
    expect(payload).toEqual(Object.assign(new ThingHappened(), { name: 'x', count: 1, slots: [] }));
    expect(payload).not.toHaveProperty('addedInAMinorRelease');
  });

  it.each([null, 'text', 42, [1, 2]])('refuses a payload that is not an object (%p)', (plain) => {
    expect(violationsOf(plain)).toEqual([{ field: '(payload)', messages: ['payload must be a JSON object'] }]);
  });
});

describe('defineEvent', () => {
  const base = {
    type: 'demo.thing.happened',
    version: 1,
    topic: 'demo.thing.v1',
    privacy: 'public' as const,
    payload: ThingHappened,
    example: thingHappened.example,
    description: 'x',
  };

  it.each([
    ['a type without three parts', { type: 'demo.happened' }, /must look like <service>.<aggregate>.<past-tense-verb>/],
    ['a topic without a major', { topic: 'demo.thing' }, /must look like <service>.<aggregate>.v<major>/],
    ['a topic of another aggregate', { topic: 'demo.other.v1' }, /must be demo.thing.v1/],
    ['a topic whose major differs from the version', { version: 2 }, /must be demo.thing.v2/],
    ['a version of zero', { version: 0, topic: 'demo.thing.v0' }, /must look like|positive integer/],
  ])('refuses %s', (_case, override, message) => {
    expect(() => defineEvent({ ...base, ...override })).toThrow(message);
  });
});
