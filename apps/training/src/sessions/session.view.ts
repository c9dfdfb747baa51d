export interface SessionView {
  id: string;
  courseId: string;
  centreId: string;
  /** Europe/Amsterdam wall-clock times, as the centre entered them. */
  startsAt: string;
  endsAt: string;
  enrolmentDeadline: string;
  location: string | null;
  onlineUrl: string | null;
  trainerName: string;
  capacity: number;
  status: 'scheduled' | 'cancelled';
  enrolled: number;
  waitlisted: number;
  placesLeft: number;
}

const LOCAL = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI')`;

/** Selects a session row (alias `s`) with its counts as its view. */
export const SESSION_SELECT = `SELECT s.id, s.course_id AS "courseId", s.centre_id AS "centreId",
    ${LOCAL('s.starts_at')} AS "startsAt", ${LOCAL('s.ends_at')} AS "endsAt",
    ${LOCAL('s.enrolment_deadline')} AS "enrolmentDeadline", s.location, s.online_url AS "onlineUrl",
    s.trainer_name AS "trainerName", s.capacity, s.status,
    n.enrolled, n.waitlisted, greatest(s.capacity - n.enrolled, 0)::int AS "placesLeft"
  FROM session s
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE e.status = 'enrolled')::int AS enrolled,
           count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waitlisted
      FROM enrolment e WHERE e.session_id = s.id
  ) n`;
