import { Pc4Centroids } from '@vc/geo';
import { naiveTopVacancies, naiveTopVolunteers } from './naive-suggestions.js';
import { DEFAULT_WEIGHTS } from './scoring/scoring.js';
import { SuggestionIndex } from './suggestion-index.js';
import { syntheticRegion } from './synthetic-region.js';

const TODAY = '2027-01-15';
const centroids = Pc4Centroids.load();

function loadedIndex(volunteers: number, vacancies: number) {
  const region = syntheticRegion(centroids, 7);
  const index = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
  for (const record of region.centres) index.apply({ kind: 'centre-upsert', record });
  for (let i = 0; i < vacancies; i++) index.apply({ kind: 'vacancy-upsert', record: region.vacancy(i) });
  for (let i = 0; i < volunteers; i++) index.apply({ kind: 'volunteer-upsert', record: region.volunteer(i), keepPause: false });
  return { region, index };
}

describe('SuggestionIndex', () => {
  const { region, index } = loadedIndex(3_000, 600);
  const context = index.context(TODAY);
  const allVolunteers = () => Array.from({ length: 3_000 }, (_, i) => index.matchVolunteer(region.volunteer(i).volunteerId)!);
  const allVacancies = () => Array.from({ length: 600 }, (_, i) => index.matchVacancy(region.vacancy(i).vacancyId)!);

  it.each([0, 1, 2, 3, 5, 8, 13, 21, 34, 55])('gives vacancy %i the same top 20 volunteers as a full scan', (i) => {
    const vacancyId = region.vacancy(i).vacancyId;

    const fromIndex = index.topVolunteersFor(vacancyId, 20, TODAY).map((r) => [r.item.volunteerId, r.score]);
    const fromScan = naiveTopVolunteers(allVolunteers(), index.matchVacancy(vacancyId)!, 20, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score]);

    expect(fromIndex).toEqual(fromScan);
  });

  it.each([0, 1, 2, 3, 5, 8, 13, 21, 34, 55])('gives volunteer %i the same top 20 vacancies as a full scan', (i) => {
    const volunteerId = region.volunteer(i).volunteerId;

    const fromIndex = index.topVacanciesFor(volunteerId, 20, TODAY).map((r) => [r.item.vacancyId, r.score]);
    const fromScan = naiveTopVacancies(allVacancies(), index.matchVolunteer(volunteerId)!, 20, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score]);

    expect(fromIndex).toEqual(fromScan);
  });

  it('finds suggestions at all in the synthetic region (the comparisons above are not empty)', () => {
    const sizes = [0, 1, 2, 3].map((i) => index.topVolunteersFor(region.vacancy(i).vacancyId, 20, TODAY).length);

    expect(Math.max(...sizes)).toBeGreaterThan(0);
  });

  it('answers the same order for the same inputs, whatever order the data arrived in', () => {
    const reversed = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    for (const record of region.centres) reversed.apply({ kind: 'centre-upsert', record });
    for (let i = 599; i >= 0; i--) reversed.apply({ kind: 'vacancy-upsert', record: region.vacancy(i) });
    for (let i = 2_999; i >= 0; i--) reversed.apply({ kind: 'volunteer-upsert', record: region.volunteer(i), keepPause: false });
    const vacancyId = region.vacancy(3).vacancyId;

    expect(reversed.topVolunteersFor(vacancyId, 20, TODAY)).toEqual(index.topVolunteersFor(vacancyId, 20, TODAY));
  });

  it('drops a volunteer who pauses, leaves or is erased, and a vacancy that closes', () => {
    const { region: r, index: fresh } = loadedIndex(500, 100);
    const vacancyId = r.vacancy(0).vacancyId;
    const [first] = fresh.topVolunteersFor(vacancyId, 1, TODAY);
    expect(first).toBeDefined();
    const volunteerId = first!.item.volunteerId;
    const status = (s: 'paused' | 'active' | 'left') => ({ kind: 'volunteer-status' as const, volunteerId, status: s, pausedUntil: null, lastEventId: 'x', lastEventAt: 'x' });

    fresh.apply(status('paused'));
    expect(fresh.topVolunteersFor(vacancyId, 50, TODAY).map((x) => x.item.volunteerId)).not.toContain(volunteerId);
    fresh.apply(status('active'));
    expect(fresh.topVolunteersFor(vacancyId, 1, TODAY)[0]?.item.volunteerId).toBe(volunteerId);
    fresh.apply({ kind: 'volunteer-erase', volunteerId, centreId: first!.item.centreId, regionId: r.regionId });
    expect(fresh.volunteer(volunteerId)).toBeUndefined();
    expect(fresh.topVolunteersFor(vacancyId, 50, TODAY).map((x) => x.item.volunteerId)).not.toContain(volunteerId);

    fresh.apply({ kind: 'vacancy-upsert', record: { ...r.vacancy(0), status: 'closed' } });
    expect(fresh.topVolunteersFor(vacancyId, 20, TODAY)).toEqual([]);
  });
});
