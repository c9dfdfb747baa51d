// RESTRICTED. Contact data for the services that must reach a volunteer (notifications). Nothing
// else about the person belongs here: no support needs, referral, target group, health, VOG,
// date of birth, address or notes.
import { IsEmail, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { ContactLanguage, IsEntityId, IsOmittable, IsText, valuesOf } from './registrations-values.js';

/** Phone numbers travel normalised to E.164 (e.g. +31612345678), the form SMS providers take. */
export const E164_PHONE = /^\+[1-9][0-9]{7,14}$/;

export class VolunteerContactChangedV1 {
  /** The record key; the topic is compacted on it. */
  @IsEntityId()
  volunteerId!: string;

  @IsEntityId()
  centreId!: string;

  @IsText(100)
  firstName!: string;

  /** Including any tussenvoegsel, e.g. "van der Berg". */
  @IsText(150)
  lastName!: string;

  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsOmittable()
  @IsString()
  @Matches(E164_PHONE, { message: '$property must be an E.164 phone number such as +31612345678' })
  phone?: string;

  @IsIn(valuesOf(ContactLanguage))
  preferredLanguage!: ContactLanguage;
}

export const volunteerContactChangedV1 = defineEvent({
  type: 'registrations.volunteer-contact.changed',
  version: 1,
  topic: 'registrations.volunteer-contact.v1',
  privacy: 'restricted',
  payload: VolunteerContactChangedV1,
  example: {
    volunteerId: 'vol-8f3a2c',
    centreId: 'centre-utrecht',
    firstName: 'Samira',
    lastName: 'el Amrani',
    email: 'samira.elamrani@example.nl',
    phone: '+31612345678',
    preferredLanguage: 'nl',
  },
  description:
    "A volunteer's current contact details, sent on registration and on every change. RESTRICTED: readable only " +
    'by services that must reach the person (notifications). The topic is compacted and keyed by volunteerId, so ' +
    'the latest record per volunteer is the truth; consumers keep only that. A TOMBSTONE (a record with this ' +
    'volunteerId as key and a null value) means the volunteer was erased: consumers must treat it as erasure and ' +
    'delete every contact detail they hold for that volunteerId. A tombstone has no payload and is not validated ' +
    'against this contract.',
});
