import { createValidationPipe, ValidationProblem } from '@vc/service-kit';
import fc from 'fast-check';
import { todayInAmsterdam } from '../vacancy-values.js';
import { CreateVacancyRequest } from './create-vacancy.request.dto.js';

const pipe = createValidationPipe();

async function parse(body: unknown): Promise<CreateVacancyRequest> {
  return (await pipe.transform(body, { type: 'body', metatype: CreateVacancyRequest })) as CreateVacancyRequest;
}

/** The fields the validation pipe names for a body, or [] when it accepts it. */
async function invalidFields(body: unknown): Promise<string[]> {
  try {
    await parse(body);
    return [];
  } catch (error) {
    if (error instanceof ValidationProblem) return error.errors.map((e) => e.field).sort();
    throw error;
  }
}

const inDays = (days: number) => {
  const today = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
};

const structural = (): Record<string, unknown> => ({
  kind: 'structural',
  title: 'Taalmaatje voor een nieuwe buurtbewoner',
  description: 'Een uur per week samen Nederlands oefenen.',
  sector: 'language-and-integration',
  postcode: '3562ab',
  availability: [{ day: 'tuesday', part: 'evening' }],
  hoursPerWeek: 2,
  startsOn: inDays(-30),
  endsOn: inDays(300),
});

const oneOff = (): Record<string, unknown> => ({
  kind: 'one-off',
  title: 'NLdoet: moestuin klaarmaken',
  description: 'Samen de moestuin klaarmaken voor het voorjaar.',
  sector: 'nature',
  postcode: '3563 AA',
  date: inDays(60),
  startTime: '09:30',
  endTime: '13:00',
  places: 12,
});

describe('CreateVacancyRequest', () => {
  it('accepts a structural vacancy and normalises its postcode', async () => {
    expect((await parse(structural())).postcode).toBe('3562 AB');
  });

  it('accepts a one-off activity and a remote help request without a postcode', async () => {
    expect(await invalidFields(oneOff())).toEqual([]);
    expect(await invalidFields({ kind: 'help-request', title: 'Respijtzorg: wandelen op dinsdag', description: 'Wandelen.', sector: 'care', remote: true })).toEqual([]);
  });

  it.each<[string, () => Record<string, unknown>, Record<string, unknown>, string[]]>([
    ['a one-off without its day, times and places', oneOff, { date: undefined, startTime: undefined, endTime: undefined, places: undefined }, ['date', 'endTime', 'places', 'startTime']],
    ['a day on a structural vacancy', structural, { date: inDays(5) }, ['date']],
    ['weekly availability on a one-off', oneOff, { availability: [{ day: 'monday', part: 'morning' }] }, ['availability']],
    ['an end date on a one-off', oneOff, { endsOn: inDays(70) }, ['endsOn']],
    ['an end time before the start time', oneOff, { endTime: '09:00' }, ['endTime']],
    ['a time with seconds', oneOff, { startTime: '09:30:00' }, ['startTime']],
    ['a day that does not exist', oneOff, { date: '2031-02-30' }, ['date']],
    ['a day in the past', oneOff, { date: inDays(-1) }, ['date']],
    ['an end date before the start date', structural, { startsOn: inDays(40), endsOn: inDays(20) }, ['endsOn']],
    ['an end date in the past', structural, { startsOn: inDays(-40), endsOn: inDays(-20) }, ['endsOn']],
    ['no postcode for work on location', structural, { postcode: undefined }, ['postcode']],
    ['a postcode that is not Dutch', structural, { postcode: '1234 S' }, ['postcode']],
    ['a kind that does not exist', structural, { kind: 'internship' }, ['kind']],
    ['a title of 201 characters', structural, { title: 'x'.repeat(201) }, ['title']],
    ['a blank title', structural, { title: '   ' }, ['title']],
    ['a description of 5001 characters', structural, { description: 'x'.repeat(5001) }, ['description']],
    ['a sector that is no code', structural, { sector: 'Zorg & Welzijn' }, ['sector']],
    ['places as a string', oneOff, { places: '12' }, ['places']],
    ['10,001 places', oneOff, { places: 10_001 }, ['places']],
    ['more places left than places', oneOff, { placesLeft: 13 }, ['placesLeft']],
    ['remote as a string', structural, { remote: 'yes' }, ['remote']],
    ['remote as null', structural, { remote: null }, ['remote']],
    ['hours per week over 40', structural, { hoursPerWeek: 41 }, ['hoursPerWeek']],
    ['a Dutch level outside CEFR', structural, { requirements: { dutchLevel: 'D1' } }, ['requirements.dutchLevel']],
    ['a minimum age of 100', structural, { requirements: { minimumAge: 100 } }, ['requirements.minimumAge']],
    ['an unknown requirement', structural, { requirements: { driversLicence: true } }, ['requirements.driversLicence']],
    ['suitability as a list', structural, { suitability: ['students'] }, ['suitability']],
    ['a repeated slot', structural, { availability: [{ day: 'monday', part: 'evening' }, { day: 'monday', part: 'evening' }] }, ['availability']],
    ['an unknown day', structural, { availability: [{ day: 'funday', part: 'evening' }] }, ['availability.0.day']],
    ['skills that are no codes', structural, { skills: ['Koken!'] }, ['skills']],
    ['an organisation id that is no UUID', structural, { organisationId: 'org-1' }, ['organisationId']],
    ['an unknown field', structural, { status: 'published' }, ['status']],
  ])('refuses %s, naming only that field', async (_case, base, change, fields) => {
    expect(await invalidFields({ ...base(), ...change })).toEqual(fields);
  });

  it('names every invalid field once', async () => {
    const fields = await invalidFields({ kind: 'one-off', title: 3, sector: '', places: 0, remote: 'no', extra: 1 });
    expect(fields).toEqual(['date', 'description', 'endTime', 'extra', 'places', 'postcode', 'remote', 'sector', 'startTime', 'title']);
  });
});

describe('CreateVacancyRequest properties', () => {
  const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((value) => /\S/.test(value) && value.trim().length <= max);
  const code = fc.stringMatching(/^[a-z0-9]{1,10}(?:[._-][a-z0-9]{1,10}){0,2}$/);
  const postcode = fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'kl', 'Zz', 'MN'), fc.constantFrom('', ' ', '  '))
    .map(([digits, letters, space]) => `${digits}${space}${letters}`);
  const slot = fc.record({ day: fc.constantFrom('monday', 'wednesday', 'saturday'), part: fc.constantFrom('morning', 'evening') });
  const validStructural = fc.record({
    kind: fc.constantFrom('structural', 'help-request'),
    title: text(200),
    description: text(5000),
    sector: code,
    postcode,
    skills: fc.uniqueArray(code, { maxLength: 5 }),
    availability: fc.uniqueArray(slot, { maxLength: 6, selector: (s) => `${s.day}/${s.part}` }),
    hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    requirements: fc.record({ vogRequired: fc.boolean(), minimumAge: fc.integer({ min: 0, max: 99 }) }, { requiredKeys: ['vogRequired'] }),
    suitability: fc.record({ students: fc.boolean(), newcomersWithoutDutch: fc.boolean(), needsGuidance: fc.boolean() }),
  });
  const validOneOff = fc
    .record({
      title: text(200),
      description: text(500),
      sector: code,
      postcode,
      day: fc.integer({ min: 0, max: 700 }),
      start: fc.integer({ min: 0, max: 22 * 60 }),
      length: fc.integer({ min: 1, max: 60 }),
      places: fc.integer({ min: 1, max: 10_000 }),
    })
    .map(({ day, start, length, ...fields }) => {
      const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return { ...fields, kind: 'one-off', date: inDays(day), startTime: time(start), endTime: time(start + length) };
    });

  it('accepts every well-formed vacancy and stores its postcode as 1234 AB', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(validStructural, validOneOff), async (body) => {
        const request = await parse(body);
        expect(request.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
      }),
      { numRuns: 25 },
    );
  });

  it('names exactly the one field that has the wrong type', async () => {
    const [number, nothing, flag, word, list, object] = [
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.string({ maxLength: 5 }),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.constantFrom('a', 'b'), fc.integer()),
    ];
    const wrongValues = {
      title: fc.oneof(number, nothing, flag, list, object),
      description: fc.oneof(number, nothing, flag, list, object),
      sector: fc.oneof(number, nothing, flag, list, object),
      postcode: fc.oneof(number, nothing, flag, list, object),
      skills: fc.oneof(number, nothing, flag, word, object),
      availability: fc.oneof(number, nothing, flag, word, object),
      hoursPerWeek: fc.oneof(nothing, flag, word, list, object),
      requirements: fc.oneof(number, nothing, flag, word, list),
      remote: fc.oneof(number, nothing, word, list, object),
    };
    const wrongField = fc.constantFrom(...(Object.keys(wrongValues) as Array<keyof typeof wrongValues>)).chain((name) =>
      wrongValues[name].map((value) => [name, value] as const),
    );
    await fc.assert(
      fc.asyncProperty(validStructural, wrongField, async (body, [name, value]) => {
        expect(await invalidFields({ ...body, [name]: value })).toEqual([name]);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses any unknown field by its name, and nothing else', async () => {
    const known = new Set(['kind', 'title', 'description', 'sector', 'postcode', 'skills', 'availability', 'hoursPerWeek', 'requirements', 'suitability']);
    const unknownName = fc.stringMatching(/^[a-z][a-zA-Z]{0,15}$/).filter((name) => !known.has(name) && !(name in Object.prototype) && !['organisationId', 'remote', 'date', 'startTime', 'endTime', 'places', 'placesLeft', 'startsOn', 'endsOn'].includes(name));
    await fc.assert(
      fc.asyncProperty(validStructural, unknownName, async (body, name) => {
        expect(await invalidFields({ ...body, [name]: 'x' })).toEqual([name]);
      }),
      { numRuns: 25 },
    );
  });
});
