import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '../registrations/registrations-values.js';

/** Who a course is for. */
export const CourseAudience = { Volunteers: 'volunteers', Coordinators: 'coordinators', Boards: 'boards' } as const;
export type CourseAudience = (typeof CourseAudience)[keyof typeof CourseAudience];

export const EnrolmentStatus = { Enrolled: 'enrolled', Waitlisted: 'waitlisted', Cancelled: 'cancelled' } as const;
export type EnrolmentStatus = (typeof EnrolmentStatus)[keyof typeof EnrolmentStatus];

/** A course's certificate, or one for a completed maatschappelijke stage placement (from matching). */
export const CertificateKind = { Course: 'course', MasPlacement: 'mas-placement' } as const;
export type CertificateKind = (typeof CertificateKind)[keyof typeof CertificateKind];

export const TRAINING_LIMITS = {
  title: 200,
  topics: 20,
  skills: REGISTRATIONS_LIMITS.skills,
  /** Most people a session-cancelled event names: capacity plus its waiting list. */
  affected: 5_000,
} as const;

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

export const IsAudienceList = (): PropertyDecorator =>
  compose(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(3),
    ArrayUnique(),
    IsIn(Object.values(CourseAudience), { each: true, message: `each value in $property must be one of ${Object.values(CourseAudience).join(', ')}` }),
  );

/** Unique taxonomy codes (skills and topics come from the taxonomy registrations uses). */
export const IsCodeList = (maxItems: number): PropertyDecorator =>
  compose(
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }),
    Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a taxonomy code such as care.respite' }),
  );
