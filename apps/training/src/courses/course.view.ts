import type { CourseAudience } from '@vc/contracts';

export interface CourseView {
  id: string;
  centreId: string;
  title: string;
  description: string;
  audiences: CourseAudience[];
  topics: string[];
  skills: string[];
  language: string;
  priceCents: number;
  free: boolean;
  openToConsortium: boolean;
  requiredSessions: number;
}

/** Selects a course row as its view; `c` is the course's alias. */
export const COURSE_COLUMNS = `c.id, c.centre_id AS "centreId", c.title, c.description, c.audiences, c.topics, c.skills,
  c.language, c.price_cents AS "priceCents", c.price_cents = 0 AS free, c.open_to_consortium AS "openToConsortium",
  c.required_sessions AS "requiredSessions"`;
