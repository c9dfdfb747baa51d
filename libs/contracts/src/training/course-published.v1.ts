import { IsBoolean, IsInt, IsISO6391, Max, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsText } from '../registrations/registrations-values.js';
import { IsAudienceList, IsCodeList, TRAINING_LIMITS, type CourseAudience } from './training-values.js';

export class CoursePublishedV1 {
  @IsEntityId()
  courseId!: string;

  /** The centre offering the course. */
  @IsEntityId()
  centreId!: string;

  @IsText(TRAINING_LIMITS.title)
  title!: string;

  @IsAudienceList()
  audiences!: CourseAudience[];

  /** Topic codes, e.g. `dealing-with-aggression`, `privacy-for-associations`. */
  @IsCodeList(TRAINING_LIMITS.topics)
  topics!: string[];

  /** Skill codes from the shared taxonomy registrations uses. */
  @IsCodeList(TRAINING_LIMITS.skills)
  skills!: string[];

  /** ISO 639-1. */
  @IsISO6391()
  language!: string;

  /** 0 means free. */
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priceCents!: number;

  /** Whether people of the consortium's other centres may enrol. */
  @IsBoolean()
  openToConsortium!: boolean;

  /** Sessions a participant must attend for the certificate. */
  @IsInt()
  @Min(1)
  @Max(50)
  requiredSessions!: number;
}

export const coursePublishedV1 = defineEvent({
  type: 'training.course.published',
  version: 1,
  topic: 'training.course.v1',
  privacy: 'public',
  payload: CoursePublishedV1,
  example: {
    courseId: '019abc00-0000-7000-8000-000000000001',
    centreId: 'centre-utrecht',
    title: 'Omgaan met agressie',
    audiences: ['volunteers', 'coordinators'],
    topics: ['dealing-with-aggression'],
    skills: ['social.de-escalation'],
    language: 'nl',
    priceCents: 0,
    openToConsortium: true,
    requiredSessions: 2,
  },
  description:
    'A centre published a course (deskundigheidsbevordering). Carries what the course teaches, for whom and whether ' +
    "other centres' people may enrol; no personal data.",
});
