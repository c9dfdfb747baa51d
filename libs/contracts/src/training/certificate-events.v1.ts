import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsNullable } from '../registrations/registrations-values.js';
import { CertificateKind } from './training-values.js';

export class CertificateIssuedV1 {
  @IsEntityId()
  certificateId!: string;

  /** The centre that issued it. */
  @IsEntityId()
  centreId!: string;

  /** Pseudonymous; notifications thanks the person it finds under this id. */
  @IsEntityId()
  volunteerId!: string;

  @IsIn(Object.values(CertificateKind))
  kind!: CertificateKind;

  /** The course, for kind `course`; null for a maatschappelijke stage placement. */
  @IsNullable()
  @IsEntityId()
  courseId!: string | null;

  /** The placement in matching, for kind `mas-placement`; null otherwise. */
  @IsNullable()
  @IsEntityId()
  placementId!: string | null;

  @IsCalendarDate()
  issuedOn!: string;
}

export class CertificateWithdrawnV1 {
  @IsEntityId()
  certificateId!: string;

  @IsEntityId()
  centreId!: string;

  /** Why: only `holder-erased` (the person used their right to erasure) for now. */
  @IsIn(['holder-erased'])
  reason!: 'holder-erased';
}

export const certificateIssuedV1 = defineEvent({
  type: 'training.certificate.issued',
  version: 1,
  topic: 'training.certificate.v1',
  privacy: 'public',
  payload: CertificateIssuedV1,
  example: {
    certificateId: '019abc00-0000-7000-8000-000000000004',
    centreId: 'centre-utrecht',
    volunteerId: 'vol-8f3a2c',
    kind: 'course',
    courseId: '019abc00-0000-7000-8000-000000000001',
    placementId: null,
    issuedOn: '2027-03-19',
  },
  description:
    'A certificate was issued, once, for attending the required sessions of a course or for a completed ' +
    'maatschappelijke stage placement. Certificates count as appreciation: notifications thanks the person. ' +
    'Carries no name and not the verification code.',
});

export const certificateWithdrawnV1 = defineEvent({
  type: 'training.certificate.withdrawn',
  version: 1,
  topic: 'training.certificate.v1',
  privacy: 'public',
  payload: CertificateWithdrawnV1,
  example: { certificateId: '019abc00-0000-7000-8000-000000000004', centreId: 'centre-utrecht', reason: 'holder-erased' },
  description: "The holder was erased: the certificate no longer carries a name and its verification says it was withdrawn.",
});
