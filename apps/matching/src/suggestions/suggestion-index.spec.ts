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

  it('gives 30 vacancies and 30 volunteers the same top 20 as a full scan, also when narrowed to one centre', () => {
    const centreId = region.centres[0]!.centreId;
    const ownCentre = (v: { centreId: string }) => v.centreId === centreId;
    const volunteers = allVolunteers();
    for (let i = 0; i < 30; i++) {
      const vacancy = index.matchVacancy(region.vacancy(i * 19).vacancyId)!;
      const volunteer = index.matchVolunteer(region.volunteer(i * 97).volunteerId)!;

      expect(index.topVolunteersFor(vacancy.vacancyId, 20, TODAY).map((r) => [r.item.volunteerId, r.score])).toEqual(
        naiveTopVolunteers(volunteers, vacancy, 20, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score]),
      );
      expect(index.topVolunteersFor(vacancy.vacancyId, 20, TODAY, ownCentre).map((r) => r.item.volunteerId)).toEqual(
        naiveTopVolunteers(volunteers.filter(ownCentre), vacancy, 20, context, DEFAULT_WEIGHTS).map((r) => r.id),
      );
      expect(index.topVacanciesFor(volunteer.volunteerId, 20, TODAY).map((r) => [r.item.vacancyId, r.score])).toEqual(
        naiveTopVacancies(allVacancies(), volunteer, 20, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score]),
      );
    }
  });

  it('still answers as a full scan after volunteers move, pause, return and are erased and vacancies change', () => {
    const { region: r, index: changing } = loadedIndex(2_000, 300);
    const live = new Map(Array.from({ length: 2_000 }, (_, i) => [r.volunteer(i).volunteerId, i]));
    for (let i = 0; i < 2_000; i += 3) {
      const volunteerId = r.volunteer(i).volunteerId;
      // Someone else's area, radius, skills and times under this volunteer's id: every bucket changes.
      changing.apply({ kind: 'volunteer-upsert', record: { ...r.volunteer(i + 5_000), volunteerId, centreId: r.volunteer(i).centreId }, keepPause: false });
      const status = (s: 'paused' | 'active') => ({ kind: 'volunteer-status' as const, volunteerId, status: s, pausedUntil: null, lastEventId: 'x', lastEventAt: 'x' });
      if (i % 2 === 0) changing.apply(status('paused'));
      if (i % 4 === 0) changing.apply(status('active'));
      if (i % 9 === 0) {
        changing.apply({ kind: 'volunteer-erase', volunteerId, centreId: r.volunteer(i).centreId, regionId: r.regionId });
        live.delete(volunteerId);
      }
    }
    for (let i = 0; i < 300; i += 4) changing.apply({ kind: 'vacancy-upsert', record: { ...r.vacancy(i + 1_000), vacancyId: r.vacancy(i).vacancyId, status: i % 8 === 0 ? 'closed' : 'published' } });
    const volunteers = [...live.keys()].map((id) => changing.matchVolunteer(id)!);
    const vacancies = Array.from({ length: 300 }, (_, i) => changing.matchVacancy(r.vacancy(i).vacancyId)!);
    const at = changing.context(TODAY);

    for (let i = 0; i < 300; i += 10) {
      const vacancy = vacancies[i]!;
      expect(changing.topVolunteersFor(vacancy.vacancyId, 20, TODAY).map((x) => [x.item.volunteerId, x.score])).toEqual(
        vacancy.open ? naiveTopVolunteers(volunteers, vacancy, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]) : [],
      );
      const volunteer = volunteers[i * 3]!;
      expect(changing.topVacanciesFor(volunteer.volunteerId, 20, TODAY).map((x) => [x.item.vacancyId, x.score])).toEqual(
        volunteer.active ? naiveTopVacancies(vacancies, volunteer, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]) : [],
      );
    }
  });

  it('answers as a full scan in crowded areas, where a group holds hundreds and people leave from its middle', () => {
    // Three areas and two radii: groups of hundreds, so member bit sets span many words and
    // swap-removal moves members between them.
    const r = syntheticRegion(centroids, 11);
    const crowded = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    for (const record of r.centres) crowded.apply({ kind: 'centre-upsert', record });
    const areas = r.areas.slice(0, 3);
    const volunteerRecord = (i: number) => ({ ...r.volunteer(i), postcodeArea: areas[i % 3]!, travelRadiusKm: i % 2 === 0 ? 10 : 25 });
    for (let i = 0; i < 2_400; i++) crowded.apply({ kind: 'volunteer-upsert', record: volunteerRecord(i), keepPause: false });
    for (let i = 0; i < 200; i++) crowded.apply({ kind: 'vacancy-upsert', record: { ...r.vacancy(i), postcodeArea: r.vacancy(i).remote ? null : areas[i % 3]! } });
    const live = new Set(Array.from({ length: 2_400 }, (_, i) => i));
    for (let i = 0; i < 2_400; i += 7) {
      crowded.apply({ kind: 'volunteer-erase', volunteerId: r.volunteer(i).volunteerId, centreId: r.volunteer(i).centreId, regionId: r.regionId });
      live.delete(i);
    }
    // And some come back with other times and skills, at the end of their groups.
    for (let i = 0; i < 2_400; i += 14) {
      crowded.apply({ kind: 'volunteer-upsert', record: { ...volunteerRecord(i + 9_000), volunteerId: r.volunteer(i).volunteerId }, keepPause: false });
      live.add(i);
    }
    // Vacancies close or change from the middle of their buckets too.
    for (let i = 0; i < 200; i += 3) {
      const other = r.vacancy(i + 700);
      const record = { ...other, vacancyId: r.vacancy(i).vacancyId, postcodeArea: other.remote ? null : areas[(i + 1) % 3]!, status: i % 2 === 0 ? ('closed' as const) : ('published' as const) };
      crowded.apply({ kind: 'vacancy-upsert', record });
    }
    const volunteers = [...live].map((i) => crowded.matchVolunteer(r.volunteer(i).volunteerId)!);
    const vacancies = Array.from({ length: 200 }, (_, i) => crowded.matchVacancy(r.vacancy(i).vacancyId)!);
    const at = crowded.context(TODAY);

    let compared = 0;
    for (let i = 0; i < 200; i += 5) {
      const fromScan = vacancies[i]!.open ? naiveTopVolunteers(volunteers, vacancies[i]!, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]) : [];
      expect(crowded.topVolunteersFor(vacancies[i]!.vacancyId, 20, TODAY).map((x) => [x.item.volunteerId, x.score])).toEqual(fromScan);
      compared += fromScan.length;
      const volunteer = volunteers[i * 9]!;
      expect(crowded.topVacanciesFor(volunteer.volunteerId, 20, TODAY).map((x) => [x.item.vacancyId, x.score])).toEqual(
        naiveTopVacancies(vacancies, volunteer, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]),
      );
    }
    expect(compared).toBeGreaterThan(200);
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

    // What a caller sees (ids, scores, distances); internal numberings may differ with arrival order.
    const seen = (ranked: Array<{ item: { volunteerId: string }; score: number; distanceKm: number | undefined }>) =>
      ranked.map((r) => [r.item.volunteerId, r.score, r.distanceKm]);
    expect(seen(reversed.topVolunteersFor(vacancyId, 20, TODAY))).toEqual(seen(index.topVolunteersFor(vacancyId, 20, TODAY)));
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
