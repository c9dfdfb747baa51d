// RESTRICTED. How to reach a business's contact person, for the services that must write to them
// (notifications). Contact persons are people: their names and addresses never go on the public
// business topic, and nothing else about them belongs here.
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsOmittable, IsText } from '../registrations/registrations-values.js';
import { E164_PHONE } from '../registrations/volunteer-contact-changed.v1.js';
import { PARTNERSHIPS_LIMITS } from './partnerships-values.js';

export class BusinessContactPersonV1 {
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

export class BusinessContactChangedV1 {
  /** The record key; the topic is compacted on it. */
  @IsEntityId()
  businessId!: string;

  @IsEntityId()
  centreId!: string;

  /** As the business registered it; messages to its contact name it. */
  @IsText(PARTNERSHIPS_LIMITS.name)
  businessName!: string;

  /** One today (ADR 32); a list so that several contacts per business need no new major. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => BusinessContactPersonV1)
  contacts!: BusinessContactPersonV1[];
}

export const businessContactChangedV1 = defineEvent({
  type: 'partnerships.business-contact.changed',
  version: 1,
  topic: 'partnerships.business-contact.v1',
  privacy: 'restricted',
  payload: BusinessContactChangedV1,
  example: {
    businessId: '0193a1b2-0000-7000-8000-000000000001',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    businessName: 'Bouwbedrijf Van Dijk',
    contacts: [{ name: 'Jeroen van Dijk', email: 'j.vandijk@bouwbedrijfvandijk.nl', phone: '+31612345678' }],
  },
  description:
    "A business's contact person and how to reach them, sent when the business registers and on every change of the " +
    'contact person. RESTRICTED: readable only by services that must write to the business (notifications). The topic ' +
    'is compacted and keyed by businessId, so the latest record per business is the truth; consumers keep only that. ' +
    'A TOMBSTONE (a record with this businessId as key and a null value) means the contact person was removed (their ' +
    'erasure): consumers must delete everything they hold for that businessId. The business itself may stay, and a ' +
    'later record names its new contact. A tombstone has no payload and is not validated against this contract.',
});
