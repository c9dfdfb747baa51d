import { ConflictProblem, NotFoundProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { VacancyRead } from '../read-models/vacancy-read.entity.js';
import { VolunteerRead } from '../read-models/volunteer-read.entity.js';

/*
 * The volunteer and vacancy of a new match, from the read models registrations' events keep. Both
 * must be of the caller's centre (row-level security and the explicit filter agree on that): a
 * match belongs to one centre, whose consultants follow it.
 */

export async function availableVolunteer(manager: EntityManager, centreId: string, volunteerId: string): Promise<VolunteerRead> {
  const volunteer = await manager.findOneBy(VolunteerRead, { volunteerId, centreId });
  if (!volunteer) throw new NotFoundProblem('volunteer', volunteerId);
  if (volunteer.status !== 'active') throw new ConflictProblem(`The volunteer is ${volunteer.status}`, 'volunteer-not-available');
  return volunteer;
}

export async function openVacancy(manager: EntityManager, centreId: string, vacancyId: string): Promise<VacancyRead> {
  const vacancy = await manager.findOneBy(VacancyRead, { vacancyId, centreId });
  if (!vacancy) throw new NotFoundProblem('vacancy', vacancyId);
  if (vacancy.status !== 'published') throw new ConflictProblem(`The vacancy is ${vacancy.status}`, 'vacancy-not-open');
  return vacancy;
}

/** The partial unique index match_open_once: one open match per volunteer and vacancy. */
export function isOpenMatchConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError.code === '23505' && driverError.constraint === 'match_open_once';
}

export const openMatchExists = () => new ConflictProblem('This volunteer already has an open match for this vacancy', 'match-exists');
