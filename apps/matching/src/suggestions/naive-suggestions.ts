import type { MatchVacancy, MatchVolunteer } from './scoring/match-profiles.js';
import { componentScores, failedFilter, totalScore, travelDistance, type MatchContext, type Weights } from './scoring/scoring.js';

export interface NaiveRanked<T> {
  id: string;
  item: T;
  score: number;
}

/**
 * The obvious way: score every volunteer against the vacancy, sort all, take the first `limit`.
 * The benchmark's baseline, and the reference the index's answers are tested against.
 */
export function naiveTopVolunteers(
  volunteers: Iterable<MatchVolunteer>,
  vacancy: MatchVacancy,
  limit: number,
  context: MatchContext,
  weights: Weights,
): NaiveRanked<MatchVolunteer>[] {
  const all: NaiveRanked<MatchVolunteer>[] = [];
  for (const volunteer of volunteers) {
    if (volunteer.regionId !== vacancy.regionId || failedFilter(volunteer, vacancy, context) !== null) continue;
    const distance = vacancy.remote ? undefined : travelDistance(volunteer, vacancy, context);
    all.push({ id: volunteer.volunteerId, item: volunteer, score: totalScore(componentScores(volunteer, vacancy, distance), weights) });
  }
  return all.sort(byScoreThenId).slice(0, limit);
}

export function naiveTopVacancies(
  vacancies: Iterable<MatchVacancy>,
  volunteer: MatchVolunteer,
  limit: number,
  context: MatchContext,
  weights: Weights,
): NaiveRanked<MatchVacancy>[] {
  const all: NaiveRanked<MatchVacancy>[] = [];
  for (const vacancy of vacancies) {
    if (volunteer.regionId !== vacancy.regionId || failedFilter(volunteer, vacancy, context) !== null) continue;
    const distance = vacancy.remote ? undefined : travelDistance(volunteer, vacancy, context);
    all.push({ id: vacancy.vacancyId, item: vacancy, score: totalScore(componentScores(volunteer, vacancy, distance), weights) });
  }
  return all.sort(byScoreThenId).slice(0, limit);
}

function byScoreThenId(a: { id: string; score: number }, b: { id: string; score: number }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
