import { plainToInstance } from 'class-transformer';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'class-validator';
import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import * as registrations from './index.js';
import {
  CentreCreatedV1,
  centreCreatedV1,
  OrganisationCoordinatorContactV1,
  organisationContactChangedV1,
  OrganisationSnapshotV1,
  organisationRegisteredV1,
  registrationsCatalogue,
  registrationsPublicContracts,
  registrationsRestrictedContracts,
  vacancyClosedV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerContactChangedV1,
  volunteerErasedV1,
  volunteerPausedV1,
  volunteerRegisteredV1,
  volunteerUpdatedV1,
} from './index.js';

type Plain = Record<string, unknown>;

function violatedFields(contract: EventContract, plain: unknown): string[] {
  try {
    validatePayload(contract, plain);
  } catch (error) {
    if (error instanceof ContractViolationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}

/** A deep copy of the contract's example with `change` applied to it. */
function exampleOf(contract: EventContract, change: (payload: Plain) => void = () => {}): Plain {
  const payload = structuredClone(contract.example) as Plain;
  change(payload);
  return payload;
}

const contracts = registrationsCatalogue.all();
const byType = (contract: EventContract) => [contract.type, contract] as const;

describe('registrations contracts: catalogue and names', () => {
  const expected = [
    ['registrations.centre.created', 'registrations.centre.v1', 'public'],
    ['registrations.organisation.registered', 'registrations.organisation.v1', 'public'],
    ['registrations.organisation.verified', 'registrations.organisation.v1', 'public'],
    ['registrations.vacancy.published', 'registrations.vacancy.v1', 'public'],
    ['registrations.vacancy.updated', 'registrations.vacancy.v1', 'public'],
    ['registrations.vacancy.closed', 'registrations.vacancy.v1', 'public'],
    ['registrations.vacancy.filled', 'registrations.vacancy.v1', 'public'],
    ['registrations.vacancy.expired', 'registrations.vacancy.v1', 'public'],
    ['registrations.volunteer.registered', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer.updated', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer.paused', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer.resumed', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer.left', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer.erased', 'registrations.volunteer.v1', 'public'],
    ['registrations.volunteer-contact.changed', 'registrations.volunteer-contact.v1', 'restricted'],
    ['registrations.organisation-contact.changed', 'registrations.organisation-contact.v1', 'restricted'],
  ];

  it('holds exactly the agreed contracts, each on its topic with its privacy class', () => {
    const actual = contracts.map((c) => [c.type, c.topic, c.privacy]);
    expect(actual.sort()).toEqual([...expected].sort());
  });

  it('splits the catalogue into public and restricted lists that match each contract’s privacy', () => {
    expect(registrationsPublicContracts.every((c) => c.privacy === 'public')).toBe(true);
    expect(registrationsRestrictedContracts.every((c) => c.privacy === 'restricted')).toBe(true);
    expect([...registrationsPublicContracts, ...registrationsRestrictedContracts]).toEqual(
      expect.arrayContaining(contracts),
    );
    expect(registrationsPublicContracts.length + registrationsRestrictedContracts.length).toBe(contracts.length);
  });

  it('lists every topic in registrationsTopics', () => {
    expect(Object.values(registrations.registrationsTopics).sort()).toEqual(registrationsCatalogue.topics());
  });

  it.each(contracts.map(byType))('%s follows <service>.<aggregate>.<verb> on <service>.<aggregate>.v1', (_t, c) => {
    const [service, aggregate, verb] = c.type.split('.');
    expect(service).toBe('registrations');
    expect(['centre', 'organisation', 'vacancy', 'volunteer', 'volunteer-contact', 'organisation-contact']).toContain(aggregate);
    expect(verb).toMatch(/^(?:[a-z]+ed|left)$/); // past tense
    expect(c.version).toBe(1);
    expect(c.topic).toBe(`registrations.${aggregate}.v1`);
    expect(c.description.length).toBeGreaterThan(40);
  });

  it.each(contracts.map(byType))('%s lives in its own <aggregate>-<verb>.v1.ts file', async (_t, c) => {
    const [, aggregate, verb] = c.type.split('.');
    const file = `${aggregate}-${verb}.v${c.version}`;
    expect(existsSync(path.join(import.meta.dirname, `${file}.ts`))).toBe(true);
    const module = (await import(`./${file}.js`)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(c);
  });
});

describe('registrations contracts: examples', () => {
  it.each(contracts.map(byType))('the example of %s meets its contract', (_t, contract) => {
    expect(validatePayload(contract, structuredClone(contract.example))).toEqual(contract.example);
  });

  it('accepts a remote vacancy without a postcode area', () => {
    const remote = exampleOf(vacancyPublishedV1, (p) => {
      p.remote = true;
      delete p.postcodeArea;
    });
    expect(violatedFields(vacancyPublishedV1, remote)).toEqual([]);
  });

  it('accepts a volunteer without a VOG (vogValidUntil null)', () => {
    const withoutVog = exampleOf(volunteerRegisteredV1, (p) => (p.vogValidUntil = null));
    expect(violatedFields(volunteerRegisteredV1, withoutVog)).toEqual([]);
  });

  it('accepts null where a volunteer did not give a value, and only there', () => {
    const unknowns = exampleOf(volunteerRegisteredV1, (p) => {
      Object.assign(p, { hoursPerWeek: null, postcodeArea: null, dutchLevel: null, ageBand: null });
      p.flags = { needsGuidance: false };
    });
    expect(violatedFields(volunteerRegisteredV1, unknowns)).toEqual([]);
    expect(violatedFields(volunteerRegisteredV1, exampleOf(volunteerRegisteredV1, (p) => (p.skills = null)))).toEqual([
      'skills',
    ]);
  });

  it.each([volunteerContactChangedV1, organisationContactChangedV1].map(byType))(
    'tells consumers of the restricted topic %s that a tombstone is an erasure',
    (_t, contract) => {
      expect(contract.description).toMatch(/tombstone/i);
      expect(contract.description).toMatch(/erasure/i);
    },
  );

  it.each([volunteerContactChangedV1, organisationContactChangedV1].map(byType))(
    'refuses a tombstone as a payload of %s, so consumers must recognise tombstones before validating',
    (_t, contract) => {
      expect(violatedFields(contract, null)).toEqual(['(payload)']);
    },
  );
});

/*
 * Privacy. A public topic may carry ids, statuses and non-personal or pseudonymous attributes only.
 * The rule is on field names, matched against every field of every public payload: the fields its
 * example uses (recursively) and the fields its classes declare to class-validator (recursively,
 * including optional fields the example leaves out). It is precise on purpose:
 *  - `name$` catches firstName, lastName, fullName, contactName and the like. A field called exactly
 *    `name` is allowed only at the top of centre and organisation payloads: there it names a centre
 *    or organisation, which is not personal data.
 *  - `postcode$` catches a full postcode; `postcodeArea` (PC4) is what may leave the service.
 *  - `vog` catches any VOG detail; `vogValidUntil` (the only VOG datum that may leave) and a
 *    vacancy's `vogRequired` (a requirement, about no one) are allowed.
 */
const FORBIDDEN_ON_PUBLIC = new RegExp(
  'email|phone|name$|firstName|lastName|address|street|birth|dateOfBirth|postcode$|' +
    'referral|reason|note|health|refugee|criminal|vog(?!ValidUntil$|Required$)',
  'i',
);
/** Special-category data and the like: may not be in ANY contract, restricted ones included. */
const NEVER_IN_ANY_EVENT = new RegExp(
  'support|referral|referrer|reason|note|health|medical|diagnos|refugee|asylum|statushouder|targetGroup|' +
    'criminal|conviction|birth|address|street|religio|ethnic|nationality|vog(?!ValidUntil$|Required$)',
  'i',
);
const AGGREGATES_WITH_A_NAME = new Set(['centre', 'organisation']);

function declaredProperties(target: object): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/** Dotted paths of every field in a (validated) payload: declared by its classes or present in it. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  const names = new Set([...declaredProperties(value), ...Object.keys(value)]);
  return [...names].flatMap((name) => {
    const field = prefix ? `${prefix}.${name}` : name;
    return [field, ...fieldPaths((value as Plain)[name], field)];
  });
}

function leafName(field: string): string {
  return field.split('.').at(-1)!.replace(/\[\]$/, '');
}

function forbiddenPublicFields(aggregate: string, fields: string[]): string[] {
  return fields.filter((field) => {
    if (field === 'name' && AGGREGATES_WITH_A_NAME.has(aggregate)) return false;
    return FORBIDDEN_ON_PUBLIC.test(leafName(field));
  });
}

function fieldsOfPublicContract(contract: EventContract): string[] {
  // The instance, not validatePayload's answer (which may be the plain example): its classes name every declared field.
  validatePayload(contract, structuredClone(contract.example));
  return [...new Set([...fieldPaths(contract.example), ...fieldPaths(plainToInstance(contract.payload, contract.example))])];
}

function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringValues);
}

describe('registrations contracts: privacy', () => {
  it('the field rule catches what it is meant to and lets the allowed names through', () => {
    const flagged = ['email', 'contactEmail', 'phone', 'firstName', 'lastName', 'fullName', 'homeAddress', 'street',
      'dateOfBirth', 'birthYear', 'postcode', 'referralSource', 'reason', 'notes', 'healthInfo', 'refugeeStatus',
      'criminalRecord', 'vogStatus', 'vog'];
    const allowed = ['postcodeArea', 'vogValidUntil', 'vogRequired', 'organisationId', 'title', 'ageBand',
      'needsGuidance', 'preferredLanguage'];
    expect(flagged.filter((f) => !FORBIDDEN_ON_PUBLIC.test(f))).toEqual([]);
    expect(allowed.filter((f) => FORBIDDEN_ON_PUBLIC.test(f))).toEqual([]);
  });

  it.each(registrationsPublicContracts.map(byType))('%s has no contact or special-category field', (_t, contract) => {
    expect(forbiddenPublicFields(contract.type.split('.')[1]!, fieldsOfPublicContract(contract))).toEqual([]);
  });

  it('allows a field called name only at the top of centre and organisation events', () => {
    expect(forbiddenPublicFields('organisation', ['name', 'organisationId'])).toEqual([]);
    expect(forbiddenPublicFields('centre', ['name'])).toEqual([]);
    expect(forbiddenPublicFields('volunteer', ['name', 'volunteerId'])).toEqual(['name']);
    const nested = ['contact.name', 'requirements.name'];
    expect(forbiddenPublicFields('vacancy', nested)).toEqual(nested);
    expect(fieldsOfPublicContract(organisationRegisteredV1)).toContain('name');
    expect(fieldsOfPublicContract(centreCreatedV1)).toContain('name');
  });

  it('walks nested classes, including fields an example leaves out', () => {
    const fields = fieldsOfPublicContract(volunteerUpdatedV1);
    expect(fields).toEqual(expect.arrayContaining(['flags.needsGuidance', 'flags.isStudent', 'availability[].day']));
  });

  it('no validated class in the registrations contracts declares a forbidden field, examples or not', () => {
    // A coordinator's contact travels only inside the restricted organisation contact record.
    const restrictedPayloads = new Set<unknown>([...registrationsRestrictedContracts.map((c) => c.payload), OrganisationCoordinatorContactV1]);
    const classes = Object.values(registrations as Record<string, unknown>).filter(
      (value): value is abstract new () => object =>
        typeof value === 'function' &&
        getMetadataStorage().getTargetValidationMetadatas(value, '', true, false).length > 0,
    );
    expect(classes.length).toBeGreaterThanOrEqual(registrationsPublicContracts.length);
    const namesAnOrganisation = (cls: abstract new () => object) =>
      cls === CentreCreatedV1 || cls === OrganisationSnapshotV1 || cls.prototype instanceof OrganisationSnapshotV1;
    const offending = classes
      .filter((cls) => !restrictedPayloads.has(cls))
      .flatMap((cls) =>
        declaredProperties(cls.prototype)
          .filter((field) => !(field === 'name' && namesAnOrganisation(cls)))
          .filter((field) => FORBIDDEN_ON_PUBLIC.test(field))
          .map((field) => `${cls.name}.${field}`),
      );
    expect(offending).toEqual([]);
  });

  it.each(contracts.map(byType))('%s carries no special-category field, even restricted', (_t, contract) => {
    const fields = fieldPaths(validatePayload(contract, contract.example)).map(leafName);
    expect(fields.filter((f) => NEVER_IN_ANY_EVENT.test(f))).toEqual([]);
  });

  it.each(registrationsPublicContracts.map(byType))('the example of %s holds no email, phone or postcode', (_t, c) => {
    const personal = stringValues(c.example).filter(
      (v) => v.includes('@') || /^\+?[0-9 ]{9,}$/.test(v) || /^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(v),
    );
    expect(personal).toEqual([]);
  });
});

describe('registrations contracts: validation bites', () => {
  const tooLong = (length: number) => 'x'.repeat(length);
  const skills = (count: number) => Array.from({ length: count }, (_, i) => `skill-${i}`);

  const cases: [string, EventContract, (p: Plain) => void, string][] = [
    ['a PC4 starting with 0', vacancyPublishedV1, (p) => (p.postcodeArea = '0123'), 'postcodeArea'],
    ['a full postcode', vacancyPublishedV1, (p) => (p.postcodeArea = '3562 AB'), 'postcodeArea'],
    ['an on-site vacancy without postcode area', vacancyPublishedV1, (p) => delete p.postcodeArea, 'postcodeArea'],
    ['an unknown field', vacancyPublishedV1, (p) => (p.contactEmail = 'jan@example.nl'), 'contactEmail'],
    ['a title of 201 characters', vacancyPublishedV1, (p) => (p.title = tooLong(201)), 'title'],
    ['a blank title', vacancyPublishedV1, (p) => (p.title = '   '), 'title'],
    ['51 skills', vacancyPublishedV1, (p) => (p.skills = skills(51)), 'skills'],
    ['a skill code of 65 characters', vacancyPublishedV1, (p) => (p.skills = [tooLong(65)]), 'skills'],
    ['a skill that is not a code', vacancyPublishedV1, (p) => (p.skills = ['Cooking Skills']), 'skills'],
    ['an unknown kind', vacancyPublishedV1, (p) => (p.kind = 'internship'), 'kind'],
    ['an unknown day', vacancyPublishedV1,
      (p) => (p.availability = [{ day: 'funday', part: 'morning' }]), 'availability.0.day'],
    ['a repeated slot', vacancyPublishedV1,
      (p) => (p.availability = [{ day: 'monday', part: 'evening' }, { day: 'monday', part: 'evening' }]),
      'availability'],
    ['a minimum age that is not a number', vacancyPublishedV1,
      (p) => ((p.requirements as Plain).minimumAge = 'eighteen'), 'requirements.minimumAge'],
    ['a Dutch level outside CEFR', vacancyPublishedV1,
      (p) => ((p.requirements as Plain).dutchLevel = 'D1'), 'requirements.dutchLevel'],
    ['a VOG detail in the requirements', vacancyPublishedV1,
      (p) => ((p.requirements as Plain).vogScreeningProfile = '45'), 'requirements.vogScreeningProfile'],
    ['no suitability', vacancyPublishedV1, (p) => delete p.suitability, 'suitability'],
    ['requirements as a list', vacancyPublishedV1, (p) => (p.requirements = []), 'requirements'],
    ['no flags', volunteerRegisteredV1, (p) => delete p.flags, 'flags'],
    ['hours per week null instead of left out', vacancyPublishedV1, (p) => (p.hoursPerWeek = null), 'hoursPerWeek'],
    ['a minimum age null instead of left out', vacancyPublishedV1,
      (p) => ((p.requirements as Plain).minimumAge = null), 'requirements.minimumAge'],
    ['status draft', vacancyPublishedV1, (p) => (p.status = 'draft'), 'status'],
    ['an end before the start', vacancyPublishedV1, (p) => (p.endsOn = '2026-12-31'), 'endsOn'],
    ['a one-off without a date', vacancyUpdatedV1, (p) => delete p.date, 'date'],
    ['a one-off without places', vacancyUpdatedV1, (p) => delete p.places, 'places'],
    ['a date that does not exist', vacancyUpdatedV1, (p) => (p.date = '2027-02-30'), 'date'],
    ['a time without a colon', vacancyUpdatedV1, (p) => (p.startTime = '0930'), 'startTime'],
    ['an end time before the start time', vacancyUpdatedV1, (p) => (p.endTime = '08:00'), 'endTime'],
    ['more places left than places', vacancyUpdatedV1, (p) => (p.placesLeft = 13), 'placesLeft'],
    ['status draft on an update', vacancyUpdatedV1, (p) => (p.status = 'draft'), 'status'],
    ['another status on a closed event', vacancyClosedV1, (p) => (p.status = 'published'), 'status'],
    ['a KvK number of 7 digits', organisationRegisteredV1, (p) => (p.kvkNumber = '4117821'), 'kvkNumber'],
    ['a KvK number with a letter', organisationRegisteredV1, (p) => (p.kvkNumber = '4117821a'), 'kvkNumber'],
    ['a KvK number as a number', organisationRegisteredV1, (p) => (p.kvkNumber = 41178217), 'kvkNumber'],
    ['an organisation address', organisationRegisteredV1, (p) => (p.address = 'Dorpsstraat 1'), 'address'],
    ['an organisation name of 201 characters', organisationRegisteredV1, (p) => (p.name = tooLong(201)), 'name'],
    ['a registered organisation that is already verified', organisationRegisteredV1,
      (p) => (p.status = 'verified'), 'status'],
    ['a municipality that is not a CBS code', centreCreatedV1, (p) => (p.municipalities = ['GM344']), 'municipalities'],
    ['a centre without municipalities', centreCreatedV1, (p) => (p.municipalities = []), 'municipalities'],
    ['a volunteer’s full postcode', volunteerRegisteredV1, (p) => (p.postcodeArea = '3582 KL'), 'postcodeArea'],
    ['a date of birth', volunteerRegisteredV1, (p) => (p.dateOfBirth = '1990-05-01'), 'dateOfBirth'],
    ['support needs', volunteerRegisteredV1, (p) => (p.supportNeeds = 're-integration'), 'supportNeeds'],
    ['a reason for guidance', volunteerRegisteredV1,
      (p) => ((p.flags as Plain).guidanceReason = 'newcomer'), 'flags.guidanceReason'],
    ['needsGuidance left out', volunteerRegisteredV1,
      (p) => delete (p.flags as Plain).needsGuidance, 'flags.needsGuidance'],
    ['vogValidUntil left out instead of null', volunteerRegisteredV1, (p) => delete p.vogValidUntil, 'vogValidUntil'],
    ['vogValidUntil that is not a date', volunteerRegisteredV1, (p) => (p.vogValidUntil = 'yes'), 'vogValidUntil'],
    ['an exact age', volunteerRegisteredV1, (p) => (p.ageBand = '17'), 'ageBand'],
    ['a language that is not ISO 639-1', volunteerRegisteredV1, (p) => (p.languages = ['dutch']), 'languages'],
    ['a negative travel radius', volunteerRegisteredV1, (p) => (p.travelRadiusKm = -1), 'travelRadiusKm'],
    ['51 skills on a volunteer', volunteerRegisteredV1, (p) => (p.skills = skills(51)), 'skills'],
    ['a registered volunteer who has left', volunteerRegisteredV1, (p) => (p.status = 'left'), 'status'],
    ['an unknown volunteer status', volunteerUpdatedV1, (p) => (p.status = 'blocked'), 'status'],
    ['a pause end that is not a date', volunteerPausedV1, (p) => (p.pausedUntil = 'next month'), 'pausedUntil'],
    ['profile data on an erasure', volunteerErasedV1, (p) => (p.skills = ['care.respite']), 'skills'],
    ['an erasure time without a time', volunteerErasedV1, (p) => (p.erasedAt = '2027-04-02'), 'erasedAt'],
    ['an email that is not one', volunteerContactChangedV1, (p) => (p.email = 'samira-at-example.nl'), 'email'],
    ['a phone number not in E.164', volunteerContactChangedV1, (p) => (p.phone = '06 12345678'), 'phone'],
    ['a language the platform does not write in', volunteerContactChangedV1,
      (p) => (p.preferredLanguage = 'de'), 'preferredLanguage'],
    ['a date of birth with the contact data', volunteerContactChangedV1,
      (p) => (p.dateOfBirth = '1990-05-01'), 'dateOfBirth'],
    ['a phone null instead of left out', volunteerContactChangedV1, (p) => (p.phone = null), 'phone'],
    ['a blank last name', volunteerContactChangedV1, (p) => (p.lastName = ''), 'lastName'],
    ['no coordinators', organisationContactChangedV1, (p) => (p.coordinators = []), 'coordinators'],
    ['eleven coordinators', organisationContactChangedV1,
      (p) => (p.coordinators = Array.from({ length: 11 }, (_, i) => ({ name: `C ${i}`, email: `c${i}@example.nl` }))),
      'coordinators'],
    ['a coordinator email that is not one', organisationContactChangedV1,
      (p) => ((p.coordinators as Plain[])[0]!.email = 'fatima-at-example.nl'), 'coordinators.0.email'],
    ['a coordinator phone not in E.164', organisationContactChangedV1,
      (p) => ((p.coordinators as Plain[])[1]!.phone = '06 12345678'), 'coordinators.1.phone'],
    ['a coordinator without a name', organisationContactChangedV1,
      (p) => delete (p.coordinators as Plain[])[0]!.name, 'coordinators.0.name'],
    ['a coordinator’s date of birth', organisationContactChangedV1,
      (p) => ((p.coordinators as Plain[])[0]!.dateOfBirth = '1980-01-01'), 'coordinators.0.dateOfBirth'],
    ['no organisation name', organisationContactChangedV1, (p) => delete p.organisationName, 'organisationName'],
  ];

  const named = cases.map(
    ([what, contract, change, field]) => [`${contract.type} with ${what}`, contract, change, field] as const,
  );

  it.each(named)('refuses %s', (_case, contract, change, field) => {
    expect(violatedFields(contract, exampleOf(contract, change))).toContain(field);
  });
});

describe('registrations contracts: message size', () => {
  // The largest payload a contract lets through: every list full, every text at its limit in a
  // character that takes three bytes in UTF-8.
  const codes = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => `${prefix}${i}-`.padEnd(64, 'x'));
  const week = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((day) =>
    ['morning', 'afternoon', 'evening'].map((part) => ({ day, part })),
  );
  const id = 'i'.repeat(64);

  it.each<[string, EventContract, (p: Plain) => void]>([
    ['vacancy', vacancyUpdatedV1, (p) =>
      Object.assign(p, { vacancyId: id, organisationId: id, centreId: id, title: '€'.repeat(200),
        sector: codes(1, 's')[0], skills: codes(50, 'k'), availability: week, hoursPerWeek: 40,
        startsOn: '2027-01-01', endsOn: '2027-12-31' })],
    ['volunteer', volunteerUpdatedV1, (p) =>
      Object.assign(p, { volunteerId: id, centreId: id, regionId: id, skills: codes(50, 'k'), interests: codes(30, 's'),
        availability: week, languages: ['aa', 'ab', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be',
          'bg', 'bh', 'bi', 'bm', 'bn', 'bo', 'br'], flags: { isStudent: true, needsGuidance: true } })],
    ['organisation', organisationRegisteredV1, (p) =>
      Object.assign(p, { organisationId: id, centreId: id, name: '€'.repeat(200), sector: codes(1, 's')[0] })],
  ])('the largest valid %s payload stays under 8 KiB', (_what, contract, fill) => {
    const largest = exampleOf(contract, fill);
    expect(violatedFields(contract, largest)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(largest))).toBeLessThan(8 * 1024);
  });
});
