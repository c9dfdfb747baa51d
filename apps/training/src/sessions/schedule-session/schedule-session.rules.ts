import type { FieldError } from '@vc/service-kit';
import type { ScheduleSessionRequest } from './schedule-session.request.dto.js';

/**
 * Rules between fields, checked after each field is valid on its own. Local date-times of one
 * format compare correctly as strings.
 */
export function sessionFieldErrors(request: ScheduleSessionRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (request.endsAt <= request.startsAt) errors.push({ field: 'endsAt', messages: ['endsAt must be after startsAt'] });
  if (request.enrolmentDeadline > request.startsAt) {
    errors.push({ field: 'enrolmentDeadline', messages: ['enrolmentDeadline must not be after startsAt'] });
  }
  if (request.location === undefined && request.onlineUrl === undefined) {
    errors.push({ field: 'location', messages: ['a session needs a location, an onlineUrl or both'] });
  }
  return errors;
}
