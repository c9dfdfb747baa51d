import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDefined, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { createValidationPipe, ValidationProblem } from './validation.pipe.js';

class AvailabilitySlot {
  @IsIn(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  day!: string;

  @IsInt()
  @Min(0)
  @Max(23)
  fromHour!: number;
}

class Address {
  @IsString()
  @MinLength(6)
  postcode!: string;
}

class RegisterVolunteerRequest {
  @IsString()
  @MaxLength(100)
  name!: string;

  // @ValidateNested() alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => Address)
  address!: Address;

  @ValidateNested({ each: true })
  @ArrayMaxSize(7)
  @Type(() => AvailabilitySlot)
  availability!: AvailabilitySlot[];
}

const VALID = { name: 'Sanne', address: { postcode: '3511AB' }, availability: [{ day: 'mon', fromHour: 9 }] };

async function fieldErrorsFor(body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: RegisterVolunteerRequest, data: '' });
  } catch (error) {
    if (error instanceof ValidationProblem) return error.errors;
    throw error;
  }
  throw new Error('expected a ValidationProblem');
}

describe('createValidationPipe', () => {
  it('turns a valid body into an instance of its DTO', async () => {
    const result = await createValidationPipe().transform(VALID, { type: 'body', metatype: RegisterVolunteerRequest, data: '' });

    expect(result).toBeInstanceOf(RegisterVolunteerRequest);
    expect((result as RegisterVolunteerRequest).availability[0]).toBeInstanceOf(AvailabilitySlot);
  });

  it.each([
    ['a top-level field', { ...VALID, name: 42 }, [{ field: 'name', messages: ['name must be shorter than or equal to 100 characters', 'name must be a string'] }]],
    ['a field of a nested object', { ...VALID, address: { postcode: '35' } }, [{ field: 'address.postcode', messages: ['postcode must be longer than or equal to 6 characters'] }]],
    [
      'fields of an array element, by index',
      { ...VALID, availability: [{ day: 'mon', fromHour: 9 }, { day: 'someday', fromHour: 25 }] },
      [
        { field: 'availability.1.day', messages: ['day must be one of the following values: mon, tue, wed, thu, fri, sat, sun'] },
        { field: 'availability.1.fromHour', messages: ['fromHour must not be greater than 23'] },
      ],
    ],
    ['an unknown field, refused rather than dropped', { ...VALID, isAdmin: true }, [{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]],
    [
      'an unknown field inside an array element',
      { ...VALID, availability: [{ day: 'mon', fromHour: 9, note: 'x' }] },
      [{ field: 'availability.0.note', messages: ['property note should not exist'] }],
    ],
  ])('names %s by its dotted path', async (_case, body, expected) => {
    expect(await fieldErrorsFor(body)).toEqual(expected);
  });

  it('gives one entry per invalid field when several fail at once', async () => {
    const errors = await fieldErrorsFor({ availability: [{}] });

    expect(errors.map(({ field }) => field)).toEqual(['name', 'address', 'availability.0.day', 'availability.0.fromHour']);
  });

  it('reports a 400 problem with slug validation and a count in the detail', async () => {
    const problem = await createValidationPipe()
      .transform({ ...VALID, name: 1, isAdmin: true }, { type: 'body', metatype: RegisterVolunteerRequest, data: '' })
      .catch((error: unknown) => error);

    expect(problem).toBeInstanceOf(ValidationProblem);
    expect(problem).toMatchObject({ status: 400, slug: 'validation', detail: '2 fields are invalid' });
  });

  it('does not copy rejected values into the errors', async () => {
    const errors = await fieldErrorsFor({ ...VALID, name: 'x'.repeat(101) + 'secret-bsn-123456782' });

    expect(JSON.stringify(errors)).not.toContain('secret-bsn');
  });
});
