import {
  centreCreatedV1,
  organisationVerifiedV1,
  vacancyPublishedV1,
  volunteerRegisteredV1,
  type CentreCreatedV1,
  type OrganisationVerifiedV1,
  type VacancyPublishedV1,
  type VolunteerRegisteredV1,
} from '@vc/contracts';
import { randomUUID } from 'node:crypto';

/*
 * Payload builders for registrations' events, valid by default, for tests to publish with
 * MatchingTestApp.publishRegistrationsEvent. Every id is a fresh UUID unless given.
 */

export interface TestCentre {
  centreId: string;
  regionId: string;
}

/** A new centre in a new region (or the given one); publish it with `centreCreated(centre)`. */
export function newCentre(regionId: string = randomUUID()): TestCentre {
  return { centreId: randomUUID(), regionId };
}

export function centreCreated(centre: TestCentre, overrides: Partial<CentreCreatedV1> = {}): CentreCreatedV1 {
  return {
    ...(centreCreatedV1.example as CentreCreatedV1),
    name: `Vrijwilligerscentrale ${centre.centreId.slice(0, 8)}`,
    centreId: centre.centreId,
    regionId: centre.regionId,
    sharesVacanciesWithConsortium: false,
    ...overrides,
  };
}

export function volunteerRegistered(centre: TestCentre, overrides: Partial<VolunteerRegisteredV1> = {}): VolunteerRegisteredV1 {
  return {
    ...(volunteerRegisteredV1.example as VolunteerRegisteredV1),
    volunteerId: randomUUID(),
    centreId: centre.centreId,
    regionId: centre.regionId,
    ...overrides,
  };
}

export function organisationVerified(centre: TestCentre, overrides: Partial<OrganisationVerifiedV1> = {}): OrganisationVerifiedV1 {
  return {
    ...(organisationVerifiedV1.example as OrganisationVerifiedV1),
    organisationId: randomUUID(),
    centreId: centre.centreId,
    ...overrides,
  };
}

/** A structural vacancy near Utrecht (3562) that the default volunteer (3582, 5 km, VOG, B2) fits. */
export function vacancyPublished(
  centre: TestCentre,
  organisationId: string,
  overrides: Partial<VacancyPublishedV1> = {},
): VacancyPublishedV1 {
  return {
    ...(vacancyPublishedV1.example as VacancyPublishedV1),
    vacancyId: randomUUID(),
    organisationId,
    centreId: centre.centreId,
    startsOn: '2027-01-11',
    endsOn: '2099-12-31',
    ...overrides,
  };
}
