export interface CertificateView {
  id: string;
  centreId: string;
  volunteerId: string | null;
  kind: 'course' | 'mas-placement';
  courseId: string | null;
  placementId: string | null;
  title: string;
  issuedOn: string;
  verificationCode: string;
  status: 'valid' | 'withdrawn';
}

export const CERTIFICATE_SELECT = `SELECT c.id, c.centre_id AS "centreId", c.volunteer_id AS "volunteerId", c.kind,
    c.course_id AS "courseId", c.placement_id AS "placementId", c.title, to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn",
    c.verification_code AS "verificationCode", c.status
  FROM certificate c`;
