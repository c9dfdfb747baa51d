import { runInTenant } from '@vc/service-kit';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { todayInAmsterdam } from '../src/volunteers/volunteer-values.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

/*
 * Property-based cases on the registration body through the real service. Each run is an HTTP
 * request and a transaction, so the runs are few; the DTO's own spec runs many more without HTTP.
 */

const RUNS = 25;

/** Written apart from the service's own pattern, so the two can disagree. */
function isDutchPostcode(input: string): boolean {
  const match = /^\s*([0-9]{4})\s*([a-zA-Z]{2})\s*$/.exec(input);
  if (!match) return false;
  return !match[1]!.startsWith('0') && !['SA', 'SD', 'SS'].includes(match[2]!.toUpperCase());
}

const today = todayInAmsterdam();
const code = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[.-][a-z0-9]{1,8})?$/);
const nameText = (maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((s) => s.trim().length > 0 && s.length <= maxLength && !/\p{Cc}/u.test(s));
const calendarDate = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T12:00:00Z`), max: new Date(`${max}T12:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const validProfile = fc.record(
  {
    firstName: nameText(100),
    lastName: nameText(150),
    phone: fc.oneof(
      fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `06 ${n}`),
      fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+31 20 ${n}`),
      fc.integer({ min: 100_000_000, max: 999_999_999 }).map((n) => `0044${n}`),
    ),
    preferredLanguage: fc.constantFrom('nl', 'en'),
    dateOfBirth: calendarDate('1910-01-01', `${Number(today.slice(0, 4)) - 1}-01-01`),
    postcode: fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.stringMatching(/^[A-Za-z]{2}$/), fc.constantFrom('', ' '))
      .filter(([, letters]) => !['SA', 'SD', 'SS'].includes(letters.toUpperCase()))
      .map(([digits, letters, space]) => `${digits}${space}${letters}`),
    travelRadiusKm: fc.integer({ min: 0, max: 250 }),
    skills: fc.uniqueArray(code, { maxLength: 50 }),
    interests: fc.uniqueArray(code, { maxLength: 30 }),
    availability: fc.uniqueArray(
      fc.record({
        day: fc.constantFrom('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'),
        part: fc.constantFrom('morning', 'afternoon', 'evening'),
      }),
      { maxLength: 21, selector: (slot) => `${slot.day}/${slot.part}` },
    ),
    hoursPerWeek: fc.option(fc.integer({ min: 0, max: 40 })),
    languages: fc.uniqueArray(fc.constantFrom('nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'), { maxLength: 9 }),
    dutchLevel: fc.option(fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    vog: fc.oneof(
      fc.record({ status: fc.constantFrom('none', 'requested') }),
      fc.record({ status: fc.constant('valid'), validUntil: calendarDate('2000-01-01', '2099-12-31') }),
      fc.record({ status: fc.constant('expired'), validUntil: calendarDate('2000-01-01', '2099-12-31') }, { requiredKeys: ['status'] }),
    ),
    isStudent: fc.boolean(),
  },
  { requiredKeys: ['firstName', 'lastName', 'preferredLanguage', 'travelRadiusKm'] },
);

describe('volunteer registration, property-based (real service)', () => {
  let app: RegistrationsTestApp;
  let centreId: string;
  let consultant: string;

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    const admin = await app.token('consortium-admin');
    const region = await app.http().post('/v1/regions').set('Authorization', `Bearer ${admin}`).send({ name: 'Regio Oost' });
    const centre = await app
      .http()
      .post('/v1/centres')
      .set('Authorization', `Bearer ${admin}`)
      .send({ regionId: region.body.id, name: 'Vrijwilligerscentrale Deventer', municipalities: ['GM0150'] });
    centreId = centre.body.id;
    consultant = await app.token('consultant', { centreId });
  });

  afterAll(async () => {
    await app.stop();
  });

  const registration = (profile: Record<string, unknown>) => ({
    ...profile,
    email: `v-${randomUUID()}@example.nl`,
    consents: [{ purpose: 'registration', textVersion: '2026-01' }],
  });

  async function stored(id: string): Promise<{ postcode: string | null; phone: string | null } | undefined> {
    const [row] = await runInTenant(app.running.dataSource, { consortium: true }, (m) =>
      m.query(`SELECT postcode, phone FROM volunteer WHERE id = $1`, [id]),
    );
    return row;
  }

  it('accepts every valid profile through the public form and stores it normalised', async () => {
    await fc.assert(
      fc.asyncProperty(validProfile, async (profile) => {
        const response = await app.http().post(`/v1/centres/${centreId}/volunteers/registrations`).send(registration(profile));
        expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 201, errors: undefined });
        const row = await stored(response.body.id);
        if (profile.postcode !== undefined) expect(row!.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
        if (profile.phone !== undefined) expect(row!.phone).toMatch(/^\+[1-9][0-9]{7,14}$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every invalid postcode, naming only the postcode, and stores nothing', async () => {
    const invalidPostcode = fc
      .oneof(
        fc.string({ maxLength: 12 }),
        fc.stringMatching(/^[0-9]{3,5} ?[A-Za-z]{1,3}$/),
        fc.stringMatching(/^0[0-9]{3} ?[A-Z]{2}$/),
        fc.constantFrom('1234 SA', '1234sd', '1234 ss', '1234-AB', 'AB 1234', '1234\tAB', '１２３４AB'),
      )
      .filter((postcode) => !isDutchPostcode(postcode));
    await fc.assert(
      fc.asyncProperty(invalidPostcode, async (postcode) => {
        const body = registration({ firstName: 'Piet', lastName: 'Jansen', preferredLanguage: 'nl', travelRadiusKm: 5, postcode });
        const response = await app.http().post('/v1/volunteers').set('Authorization', `Bearer ${consultant}`).send(body);
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['postcode']);
        const [{ count }] = await runInTenant(app.running.dataSource, { consortium: true }, (m) =>
          m.query(`SELECT count(*)::int AS count FROM volunteer WHERE email = $1`, [body.email]),
        );
        expect(count).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every phone number that is not one, naming only the phone', async () => {
    const invalidPhone = fc.oneof(
      fc.stringMatching(/^[1-9][0-9]{5,12}$/), // no trunk zero and no country code
      fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `06 ${n}`), // a Dutch mobile number one digit short
      fc.stringMatching(/^\+?[0-9]{2,6}[A-Za-z#*]{1,3}[0-9]{0,6}$/),
      fc.string({ minLength: 33, maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(invalidPhone, async (phone) => {
        const body = registration({ firstName: 'Piet', lastName: 'Jansen', preferredLanguage: 'nl', travelRadiusKm: 5, phone });
        const response = await app.http().post('/v1/volunteers').set('Authorization', `Bearer ${consultant}`).send(body);
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['phone']);
      }),
      { numRuns: RUNS },
    );
  });
});
