import { ConflictProblem } from '@vc/service-kit';
import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
const EMAIL_INDEX = 'volunteer_email';

/**
 * One registration per email address and centre (the unique index decides, so two racing
 * registrations cannot both win). Use as `.catch(rethrowEmailTaken)` on the write.
 */
export function rethrowEmailTaken(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driverError?.code === UNIQUE_VIOLATION && driverError.constraint === EMAIL_INDEX) {
    throw new ConflictProblem('A volunteer with this email address is registered with this centre already', 'volunteer-email-taken');
  }
  throw error;
}
