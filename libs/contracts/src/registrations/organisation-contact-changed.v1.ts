// RESTRICTED. How to reach an organisation's coordinators, for the services that must write to
// them (notifications). Coordinators are people: their names and addresses never go on the public
// organisation topic, and nothing else about them belongs here.
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsOmittable, IsText, REGISTRATIONS_LIMITS } from './registrations-values.js';
import { E164_PHONE } from './volunteer-contact-changed.v1.js';

export class OrganisationCoordinatorContactV1 {
  @IsText(200)
  name!: string;

  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsOmittable()
  @IsString()
  @Matches(E164_PHONE, { message: '$property must be an E.164 phone number such as +31612345678' })
  phone?: string;
}

export class OrganisationContactChangedV1 {
  /** The record key; the topic is compacted on it. */
  @IsEntityId()
  organisationId!: string;

  @IsEntityId()
  centreId!: string;

  /** As registered at the KvK; messages to the coordinators name it. */
  @IsText(REGISTRATIONS_LIMITS.name)
  organisationName!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OrganisationCoordinatorContactV1)
  coordinators!: OrganisationCoordinatorContactV1[];
}

export const organisationContactChangedV1 = defineEvent({
  type: 'registrations.organisation-contact.changed',
  version: 1,
  topic: 'registrations.organisation-contact.v1',
  privacy: 'restricted',
  payload: OrganisationContactChangedV1,
  example: {
    organisationId: 'org-0192',
    centreId: 'centre-utrecht',
    organisationName: 'Stichting Buurtkracht Overvecht',
    coordinators: [
      { name: 'Fatima Benali', email: 'f.benali@buurtkracht.nl', phone: '+31612345678' },
      { name: 'Kees de Boer', email: 'kees@buurtkracht.nl' },
    ],
  },
  description:
    "An organisation's coordinators and how to reach them, sent on registration and on every change. RESTRICTED: " +
    'readable only by services that must write to the organisation (notifications). The topic is compacted and keyed ' +
    'by organisationId, so the latest record per organisation is the truth; consumers keep only that. A TOMBSTONE (a ' +
    'record with this organisationId as key and a null value) means the organisation is gone: consumers must delete ' +
    'everything they hold for that organisationId (its erasure). A tombstone has no payload and is not validated ' +
    'against this contract.',
});
