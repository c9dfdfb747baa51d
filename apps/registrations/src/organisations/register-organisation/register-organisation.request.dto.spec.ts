import { createValidationPipe, ValidationProblem } from '@vc/service-kit';
import { phoneToE164, RegisterOrganisationRequest } from './register-organisation.request.dto.js';

const pipe = createValidationPipe();

async function parse(body: unknown): Promise<RegisterOrganisationRequest> {
  return (await pipe.transform(body, { type: 'body', metatype: RegisterOrganisationRequest })) as RegisterOrganisationRequest;
}

async function invalidFields(body: unknown): Promise<string[]> {
  try {
    await parse(body);
    return [];
  } catch (error) {
    if (error instanceof ValidationProblem) return error.errors.map((e) => e.field).sort();
    throw error;
  }
}

const valid = (): Record<string, unknown> => ({
  name: 'Stichting Buurtkracht Overvecht',
  kvkNumber: '41178217',
  sector: 'social-cohesion',
  address: { street: 'Bernadottelaan 15', postcode: '3527ga', city: 'Utrecht' },
  coordinators: [{ name: 'Fatima Benali', email: 'f.benali@buurtkracht.nl', phone: '06 12345678' }],
});

describe('RegisterOrganisationRequest', () => {
  it('accepts a registration and normalises postcode and phone', async () => {
    const request = await parse(valid());
    expect(request.address.postcode).toBe('3527 GA');
    expect(request.coordinators[0]!.phone).toBe('+31612345678');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a KvK number of 7 digits', { kvkNumber: '4117821' }, ['kvkNumber']],
    ['a KvK number with letters', { kvkNumber: '4117821A' }, ['kvkNumber']],
    ['a KvK number as a number', { kvkNumber: 41178217 }, ['kvkNumber']],
    ['a KvK number of zeros', { kvkNumber: '00000000' }, ['kvkNumber']],
    ['no name', { name: undefined }, ['name']],
    ['a name of 201 characters', { name: 'x'.repeat(201) }, ['name']],
    ['a sector that is no code', { sector: 'Zorg' }, ['sector']],
    ['no address', { address: undefined }, ['address']],
    ['a postcode that is not Dutch', { address: { postcode: '35270', city: 'Utrecht' } }, ['address.postcode']],
    ['an address without city', { address: { postcode: '3527 GA' } }, ['address.city']],
    ['an unknown address field', { address: { postcode: '3527 GA', city: 'Utrecht', country: 'NL' } }, ['address.country']],
    ['no coordinators', { coordinators: [] }, ['coordinators']],
    ['eleven coordinators', { coordinators: Array.from({ length: 11 }, (_, i) => ({ name: `C ${i}`, email: `c${i}@example.nl` })) }, ['coordinators']],
    ['a coordinator without email', { coordinators: [{ name: 'Fatima' }] }, ['coordinators.0.email']],
    ['a coordinator email that is not one', { coordinators: [{ name: 'Fatima', email: 'fatima' }] }, ['coordinators.0.email']],
    ['a coordinator phone with letters', { coordinators: [{ name: 'Fatima', email: 'f@example.nl', phone: 'bel me' }] }, ['coordinators.0.phone']],
    ['an unknown field', { website: 'https://example.nl' }, ['website']],
  ])('refuses %s, naming only that field', async (_case, change, fields) => {
    expect(await invalidFields({ ...valid(), ...change })).toEqual(fields);
  });
});

describe('phoneToE164', () => {
  it.each([
    ['06 12345678', '+31612345678'],
    ['+31 6-1234 5678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['030-1234567', '+31301234567'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('writes %j as %j', (input, e164) => {
    expect(phoneToE164(input)).toBe(e164);
  });

  it.each(['12345678', '06-1234567', 'call me', '+3161234567890'])('refuses %j', (input) => {
    expect(phoneToE164(input)).toBeUndefined();
  });
});
