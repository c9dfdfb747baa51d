import { EventCatalogue } from '../envelope/event-catalogue.js';
import type { EventContract } from '../envelope/event-contract.js';
import { centreCreatedV1 } from './centre-created.v1.js';
import { organisationContactChangedV1 } from './organisation-contact-changed.v1.js';
import { organisationRegisteredV1 } from './organisation-registered.v1.js';
import { organisationVerifiedV1 } from './organisation-verified.v1.js';
import { vacancyClosedV1 } from './vacancy-closed.v1.js';
import { vacancyExpiredV1 } from './vacancy-expired.v1.js';
import { vacancyFilledV1 } from './vacancy-filled.v1.js';
import { vacancyPublishedV1 } from './vacancy-published.v1.js';
import { vacancyUpdatedV1 } from './vacancy-updated.v1.js';
import { volunteerContactChangedV1 } from './volunteer-contact-changed.v1.js';
import { volunteerErasedV1 } from './volunteer-erased.v1.js';
import { volunteerLeftV1 } from './volunteer-left.v1.js';
import { volunteerPausedV1 } from './volunteer-paused.v1.js';
import { volunteerRegisteredV1 } from './volunteer-registered.v1.js';
import { volunteerResumedV1 } from './volunteer-resumed.v1.js';
import { volunteerUpdatedV1 } from './volunteer-updated.v1.js';

// The values file also holds small decorator helpers; only the domain's names are public API.
export {
  AgeBand,
  AvailabilitySlot,
  CALENDAR_DATE,
  CBS_MUNICIPALITY_CODE,
  CefrLevel,
  ContactLanguage,
  Day,
  DayPart,
  ENTITY_ID,
  IsCalendarDate,
  IsEntityId,
  IsKvkNumber,
  IsPostcodeArea,
  IsTaxonomyCode,
  KVK_NUMBER,
  LOCAL_TIME,
  OrganisationStatus,
  POSTCODE_AREA,
  PRESENCE_METADATA,
  presenceOf,
  type Presence,
  REGISTRATIONS_LIMITS,
  Requirements,
  Suitability,
  TAXONOMY_CODE,
  TIMESTAMP,
  VacancyKind,
  VacancyStatus,
  VolunteerFlags,
  VolunteerStatus,
} from './registrations-values.js';
export * from './centre-created.v1.js';
export * from './organisation-snapshot.v1.js';
export * from './organisation-registered.v1.js';
export * from './organisation-verified.v1.js';
export * from './vacancy-snapshot.v1.js';
export * from './vacancy-published.v1.js';
export * from './vacancy-updated.v1.js';
export * from './vacancy-closed.v1.js';
export * from './vacancy-filled.v1.js';
export * from './vacancy-expired.v1.js';
export * from './volunteer-profile.v1.js';
export * from './volunteer-registered.v1.js';
export * from './volunteer-updated.v1.js';
export * from './volunteer-paused.v1.js';
export * from './volunteer-resumed.v1.js';
export * from './volunteer-left.v1.js';
export * from './volunteer-erased.v1.js';
export * from './volunteer-contact-changed.v1.js';
export * from './organisation-contact-changed.v1.js';

/** The registrations service's topics (DESIGN.md, Events): the first four public, the last two restricted. */
export const registrationsTopics = {
  centre: 'registrations.centre.v1',
  organisation: 'registrations.organisation.v1',
  vacancy: 'registrations.vacancy.v1',
  volunteer: 'registrations.volunteer.v1',
  /** Compacted, keyed by volunteerId; a tombstone (null value) erases the volunteer's contact data. */
  volunteerContact: 'registrations.volunteer-contact.v1',
  /** Compacted, keyed by organisationId; a tombstone (null value) deletes the organisation's contact data. */
  organisationContact: 'registrations.organisation-contact.v1',
} as const;

/** What integrators may subscribe to: ids, statuses and non-personal or pseudonymous attributes. */
export const registrationsPublicContracts: readonly EventContract[] = Object.freeze([
  centreCreatedV1,
  organisationRegisteredV1,
  organisationVerifiedV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  vacancyClosedV1,
  vacancyFilledV1,
  vacancyExpiredV1,
  volunteerRegisteredV1,
  volunteerUpdatedV1,
  volunteerPausedV1,
  volunteerResumedV1,
  volunteerLeftV1,
  volunteerErasedV1,
]);

/** Contact data, only for the services that must reach a person. */
export const registrationsRestrictedContracts: readonly EventContract[] = Object.freeze([
  volunteerContactChangedV1,
  organisationContactChangedV1,
]);

/** Every contract the registrations service publishes. */
export const registrationsCatalogue = new EventCatalogue([
  ...registrationsPublicContracts,
  ...registrationsRestrictedContracts,
]);
