import { ConflictProblem, isUniqueViolation } from '@vc/service-kit';

const EMAIL_INDEX = 'volunteer_email';

/**
 * One registration per email address and centre (the unique index decides, so two racing
 * registrations cannot both win). Use as `.catch(rethrowEmailTaken)` on the write.
 */
export function rethrowEmailTaken(error: unknown): never {
  if (isUniqueViolation(error, EMAIL_INDEX)) throw emailTakenProblem();
  throw error;
}

/** The answer to a registration or change whose email address the centre has already. */
export function emailTakenProblem(): ConflictProblem {
  return new ConflictProblem('A volunteer with this email address is registered with this centre already', 'volunteer-email-taken');
}
