import type { EnrolmentStatus } from '@vc/contracts';

export interface EnrolmentView {
  id: string;
  sessionId: string;
  courseId: string;
  centreId: string;
  participantCentreId: string;
  /** Null once the person was erased. */
  volunteerId: string | null;
  organisationId: string | null;
  status: EnrolmentStatus;
  /** 1 for the first in line; null unless waitlisted. */
  waitingListPosition: number | null;
  attended: boolean;
}

export const ENROLMENT_SELECT = `SELECT e.id, e.session_id AS "sessionId", e.course_id AS "courseId", e.centre_id AS "centreId",
    e.participant_centre_id AS "participantCentreId", e.volunteer_id AS "volunteerId", e.organisation_id AS "organisationId",
    e.status, e.attended_at IS NOT NULL AS attended,
    CASE WHEN e.status = 'waitlisted' THEN (
      SELECT count(*)::int FROM enrolment w
       WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND (w.waitlisted_at, w.id) <= (e.waitlisted_at, e.id)
    ) END AS "waitingListPosition"
  FROM enrolment e`;

/** What every enrolment event says about it. */
export interface EnrolmentRow {
  id: string;
  session_id: string;
  course_id: string;
  centre_id: string;
  participant_centre_id: string;
  volunteer_id: string | null;
  organisation_id: string | null;
  status: EnrolmentStatus;
  attended_at: Date | null;
}

export function enrolmentPayload<S extends EnrolmentStatus>(row: EnrolmentRow, status: S) {
  return {
    enrolmentId: row.id,
    sessionId: row.session_id,
    courseId: row.course_id,
    centreId: row.centre_id,
    participantCentreId: row.participant_centre_id,
    volunteerId: row.volunteer_id!,
    status,
  };
}
