import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { OrganisationSnapshotV1 } from './organisation-snapshot.v1.js';
import { OrganisationStatus } from './registrations-values.js';

export class OrganisationRegisteredV1 extends OrganisationSnapshotV1 {
  /** Always registered: a centre verifies the organisation afterwards (`registrations.organisation.verified`). */
  @IsIn([OrganisationStatus.Registered])
  status!: typeof OrganisationStatus.Registered;
}

export const organisationRegisteredV1 = defineEvent({
  type: 'registrations.organisation.registered',
  version: 1,
  topic: 'registrations.organisation.v1',
  privacy: 'public',
  payload: OrganisationRegisteredV1,
  example: {
    organisationId: 'org-0192',
    centreId: 'centre-utrecht',
    name: 'Stichting Buurtkracht Overvecht',
    kvkNumber: '41178217',
    sector: 'social-cohesion',
    postcodeArea: '3562',
    status: 'registered',
  },
  description:
    'An organisation registered with a centre. Its vacancies are not public until the centre verifies it; ' +
    'the address and coordinators stay in the registrations service, only the postcode area (PC4) is shared.',
});
