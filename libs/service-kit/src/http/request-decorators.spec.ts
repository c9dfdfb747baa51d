import { Type } from 'class-transformer';
import { IsInt, IsString, ValidateNested } from 'class-validator';
import { ExpectList, ExpectObject, IsNonBlankText, IsOmittable, Trimmed } from './request-decorators.js';
import { createValidationPipe, ValidationProblem } from './validation.pipe.js';

class Slot {
  @IsString()
  day!: string;
}

class Example {
  @Trimmed()
  @IsNonBlankText(10)
  name!: string;

  @IsOmittable()
  @IsInt()
  places?: number;

  @ExpectList()
  @ValidateNested({ each: true })
  @Type(() => Slot)
  slots!: Slot[];

  @ExpectObject()
  @ValidateNested()
  @Type(() => Slot)
  first!: Slot;
}

const pipe = createValidationPipe();
const valid = { name: ' Sanne ', slots: [{ day: 'tuesday' }], first: { day: 'monday' } };

async function fieldsRefused(body: object): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype: Example });
    return [];
  } catch (error) {
    return (error as ValidationProblem).errors.map((e) => e.field).sort();
  }
}

describe('the shared request decorators', () => {
  it('trims text and lets an omitted field be', async () => {
    const request = (await pipe.transform(valid, { type: 'body', metatype: Example })) as Example;
    expect(request.name).toBe('Sanne');
    expect(request.places).toBeUndefined();
  });

  it.each<[string, object, string[]]>([
    ['blank text', { ...valid, name: '   ' }, ['name']],
    ['text over its limit', { ...valid, name: 'x'.repeat(11) }, ['name']],
    ['null for an omittable field', { ...valid, places: null }, ['places']],
    ['an object where a list belongs, named as the field', { ...valid, slots: { day: 'tuesday' } }, ['slots']],
    ['a list where an object belongs, named as the field', { ...valid, first: [{ day: 'monday' }] }, ['first']],
  ])('refuses %s', async (_what, body, fields) => {
    expect(await fieldsRefused(body)).toEqual(fields);
  });
});
