import { certificateIssuedV1, type CertificateKind } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { TrainingEventPublisher } from '../events/training-event-publisher.js';
import { todayInAmsterdam } from '../shared/amsterdam-date.js';
import { newVerificationCode } from './verification-code.js';

export interface NewCertificate {
  centreId: string;
  participantCentreId: string;
  volunteerId: string;
  kind: CertificateKind;
  courseId: string | null;
  placementId: string | null;
  title: string;
  issuedOn?: string;
}

/**
 * Issues the certificate unless it exists: the partial unique indexes (person and course; placement)
 * make a second issue a no-op, so the event is published exactly once. Returns the new id, if any.
 */
export async function issueCertificate(
  manager: EntityManager,
  publisher: TrainingEventPublisher,
  certificate: NewCertificate,
): Promise<string | undefined> {
  const id = uuidv7();
  const issuedOn = certificate.issuedOn ?? todayInAmsterdam();
  const conflict =
    certificate.kind === 'course' ? `(course_id, volunteer_id) WHERE kind = 'course'` : `(placement_id) WHERE kind = 'mas-placement'`;
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO certificate (id, centre_id, participant_centre_id, volunteer_id, kind, course_id, placement_id, title,
                              issued_on, verification_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT ${conflict} DO NOTHING
     RETURNING id`,
    [
      id,
      certificate.centreId,
      certificate.participantCentreId,
      certificate.volunteerId,
      certificate.kind,
      certificate.courseId,
      certificate.placementId,
      certificate.title,
      issuedOn,
      newVerificationCode(),
    ],
  );
  if (inserted.length === 0) return undefined;
  await publisher.publish(manager, certificateIssuedV1, {
    subject: id,
    centreId: certificate.centreId,
    payload: {
      certificateId: id,
      centreId: certificate.centreId,
      volunteerId: certificate.volunteerId,
      kind: certificate.kind,
      courseId: certificate.courseId,
      placementId: certificate.placementId,
      issuedOn,
    },
  });
  return id;
}
