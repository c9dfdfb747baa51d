import { QueryFailedError } from 'typeorm';

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** TypeORM answers UPDATE and DELETE … RETURNING with `[rows, affectedCount]`; this takes the rows. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
