import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { OrganisationSnapshotV1 } from './organisation-snapshot.v1.js';
import { OrganisationStatus } from './registrations-values.js';

export class OrganisationVerifiedV1 extends OrganisationSnapshotV1 {
  @IsIn([OrganisationStatus.Verified])
  status!: typeof OrganisationStatus.Verified;
}

export const organisationVerifiedV1 = defineEvent({
  type: 'registrations.organisation.verified',
  version: 1,
  topic: 'registrations.organisation.v1',
  privacy: 'public',
  payload: OrganisationVerifiedV1,
  example: {
    organisationId: 'org-0192',
    centreId: 'centre-utrecht',
    name: 'Stichting Buurtkracht Overvecht',
    kvkNumber: '41178217',
    sector: 'social-cohesion',
    postcodeArea: '3562',
    status: 'verified',
  },
  description:
    "A centre's consultant verified an organisation; from now on its published vacancies may be shown publicly " +
    'and offered to volunteers. Carries the organisation as it is after verification.',
});
