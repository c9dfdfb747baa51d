import { createValidationPipe, ValidationProblem } from '@vc/service-kit';
import fc from 'fast-check';
import { todayInAmsterdam } from '../volunteer-values.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

const pipe = createValidationPipe();

/** The fields the validation pipe names for a body, or [] when it accepts it. */
async function invalidFields(body: unknown): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype: RegisterVolunteerRequest });
    return [];
  } catch (error) {
    if (error instanceof ValidationProblem) return error.errors.map((e) => e.field).sort();
    throw error;
  }
}

const minimal = () => ({
  firstName: 'Jan',
  lastName: 'de Vries',
  email: 'jan@example.nl',
  preferredLanguage: 'nl',
  travelRadiusKm: 10,
  consents: [{ purpose: 'registration', textVersion: '2026-01' }],
});

const yearsAgo = (years: number) => `${Number(todayInAmsterdam().slice(0, 4)) - years}${todayInAmsterdam().slice(4)}`;

describe('RegisterVolunteerRequest', () => {
  it('accepts the minimal profile and normalises postcode and phone', async () => {
    const request = (await pipe.transform(
      { ...minimal(), postcode: '3582 kl', phone: '06-12345678', dateOfBirth: yearsAgo(30) },
      { type: 'body', metatype: RegisterVolunteerRequest },
    )) as RegisterVolunteerRequest;
    expect(request.postcode).toBe('3582 KL');
    expect(request.phone).toBe('+31612345678');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no first name', { firstName: undefined }, ['firstName']],
    ['a blank first name', { firstName: '   ' }, ['firstName']],
    ['a first name of 101 characters', { firstName: 'x'.repeat(101) }, ['firstName']],
    ['a last name with a line break', { lastName: 'de\nVries' }, ['lastName']],
    ['an email that is not one', { email: 'jan-at-example.nl' }, ['email']],
    ['an email of 255 characters', { email: `${'j'.repeat(243)}@example.nl` }, ['email']],
    ['a number as email', { email: 42 }, ['email']],
    ['a postcode with a leading zero', { postcode: '0123 AB' }, ['postcode']],
    ['a postcode with SS', { postcode: '1234 SS' }, ['postcode']],
    ['a phone with letters', { phone: '06-CALLME' }, ['phone']],
    ['a Dutch number in E.164 with a digit too many', { phone: '+316123456789' }, ['phone']],
    ['a date of birth that does not exist', { dateOfBirth: '2001-02-30' }, ['dateOfBirth']],
    ['a date of birth in the future', { dateOfBirth: yearsAgo(-1) }, ['dateOfBirth']],
    ['a date of birth 121 years ago', { dateOfBirth: yearsAgo(121) }, ['dateOfBirth']],
    ['a language the platform does not write in', { preferredLanguage: 'de' }, ['preferredLanguage']],
    ['a travel radius as a string', { travelRadiusKm: '10' }, ['travelRadiusKm']],
    ['a travel radius over 250', { travelRadiusKm: 251 }, ['travelRadiusKm']],
    ['a skill that is no code', { skills: ['Cooking Skills'] }, ['skills']],
    ['51 skills', { skills: Array.from({ length: 51 }, (_, i) => `skill-${i}`) }, ['skills']],
    ['an unknown day', { availability: [{ day: 'funday', part: 'morning' }] }, ['availability.0.day']],
    ['a repeated slot', { availability: [{ day: 'monday', part: 'evening' }, { day: 'monday', part: 'evening' }] }, ['availability']],
    ['hours per week as a fraction', { hoursPerWeek: 2.5 }, ['hoursPerWeek']],
    ['a language that is no ISO 639-1 code', { languages: ['dutch'] }, ['languages']],
    ['a Dutch level outside CEFR', { dutchLevel: 'D1' }, ['dutchLevel']],
    ['a valid VOG without its expiry', { vog: { status: 'valid' } }, ['vog.validUntil']],
    ['an expiry of a VOG that was only requested', { vog: { status: 'requested', validUntil: '2028-01-01' } }, ['vog.validUntil']],
    ['a VOG detail', { vog: { status: 'valid', validUntil: '2028-01-01', screeningProfile: '45' } }, ['vog.screeningProfile']],
    ['no consents', { consents: [] }, ['consents']],
    ['a consent without version', { consents: [{ purpose: 'registration' }] }, ['consents.0.textVersion']],
    ['a purpose given twice', { consents: [{ purpose: 'registration', textVersion: '1' }, { purpose: 'registration', textVersion: '2' }] }, ['consents']],
    ['support needs as a string', { supportNeeds: 'newcomer' }, ['supportNeeds']],
    ['support needs with an unknown target group', { supportNeeds: { guidanceNeeded: true, targetGroup: 'refugee-status' } }, ['supportNeeds.targetGroup']],
    ['an unknown field', { nationality: 'NL' }, ['nationality']],
    ['null for a field that cannot be cleared', { skills: null }, ['skills']],
  ])('refuses %s, naming only that field', async (_case, change, fields) => {
    expect(await invalidFields({ ...minimal(), ...change })).toEqual(fields);
  });

  it('names every invalid field once', async () => {
    const fields = await invalidFields({ firstName: 1, email: 'x', postcode: 'x', travelRadiusKm: -1, consents: 'yes', extra: true });
    expect(fields).toEqual(['consents', 'email', 'extra', 'firstName', 'lastName', 'postcode', 'preferredLanguage', 'travelRadiusKm']);
  });

  it('accepts every well-formed profile', async () => {
    const code = fc.stringMatching(/^[a-z0-9]{1,10}(?:[._-][a-z0-9]{1,10}){0,2}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            firstName: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0 && !/\p{Cc}/u.test(s)),
            postcode: fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'kl', 'Zz'), fc.constantFrom('', ' ')).map(([d, l, s]) => `${d}${s}${l}`),
            phone: fc.tuple(fc.constantFrom('06', '+316', '00316'), fc.integer({ min: 10_000_000, max: 99_999_999 })).map(([p, n]) => `${p}${n}`),
            skills: fc.uniqueArray(code, { maxLength: 50 }),
            hoursPerWeek: fc.option(fc.integer({ min: 0, max: 40 })),
            dutchLevel: fc.option(fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
            languages: fc.uniqueArray(fc.constantFrom('nl', 'en', 'ar', 'tr', 'uk', 'ti', 'fa'), { maxLength: 7 }),
          },
          { requiredKeys: ['firstName'] },
        ),
        async (profile) => {
          expect(await invalidFields({ ...minimal(), ...profile })).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
