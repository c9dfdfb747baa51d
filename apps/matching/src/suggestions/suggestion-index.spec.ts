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
      expect(index.topVolunteersFor(vacancy.vacancyId, 20, TODAY, { centreId }).map((r) => r.item.volunteerId)).toEqual(
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

  it('gives every vacancy, remote ones included, the same top volunteers as a full scan, for any limit and narrowed to each centre', () => {
    const volunteers = allVolunteers();
    let remote = 0;
    for (let i = 0; i < 600; i++) {
      const vacancy = index.matchVacancy(region.vacancy(i).vacancyId)!;
      if (vacancy.remote) remote++;
      const limit = [1, 5, 20, 60][i % 4]!;
      expect(index.topVolunteersFor(vacancy.vacancyId, limit, TODAY).map((r) => [r.item.volunteerId, r.score, r.distanceKm])).toEqual(
        naiveTopVolunteers(volunteers, vacancy, limit, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score, r.item.postcodeArea === null || vacancy.remote ? undefined : context.distanceKm(r.item.postcodeArea, vacancy.postcodeArea!)]),
      );
      const { centreId } = region.centres[i % 3]!;
      const ofCentre = volunteers.filter((v) => v.centreId === centreId);
      expect(index.topVolunteersFor(vacancy.vacancyId, 20, TODAY, { centreId }).map((r) => [r.item.volunteerId, r.score])).toEqual(
        naiveTopVolunteers(ofCentre, vacancy, 20, context, DEFAULT_WEIGHTS).map((r) => [r.id, r.score]),
      );
    }
    expect(remote).toBeGreaterThan(5);
  });

  it('scores from the profile those whose row cannot: many skills or interests, a VOG date that is not a plain date', () => {
    const r = syntheticRegion(centroids, 13);
    const odd = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    for (const record of r.centres) odd.apply({ kind: 'centre-upsert', record });
    const skills = Array.from({ length: 40 }, (_, i) => `skill.s${i}`);
    const sectors = ['care', 'sport', 'nature', 'culture', 'education', 'welfare', 'food', 'youth'];
    const record = (i: number) => {
      const base = r.volunteer(i);
      return {
        ...base,
        // A third hold 9 to 14 skills, a fifth 5 or 6 interests: more than a row keeps.
        skills: i % 3 === 0 ? skills.filter((_, s) => (s + i) % 4 === 0).slice(0, 9 + (i % 6)) : base.skills,
        interests: i % 5 === 0 ? sectors.slice(i % 3, (i % 3) + 5 + (i % 2)) : base.interests,
        vogValidUntil: i % 7 === 0 ? '2030-12-31T00:00:00Z' : base.vogValidUntil,
      };
    };
    for (let i = 0; i < 2_000; i++) odd.apply({ kind: 'volunteer-upsert', record: record(i), keepPause: false });
    for (let i = 0; i < 200; i++) odd.apply({ kind: 'vacancy-upsert', record: r.vacancy(i) });
    const volunteers = Array.from({ length: 2_000 }, (_, i) => odd.matchVolunteer(r.volunteer(i).volunteerId)!);
    const at = odd.context(TODAY);

    let manySkills = 0;
    for (let i = 0; i < 200; i++) {
      const vacancy = odd.matchVacancy(r.vacancy(i).vacancyId)!;
      const ranked = odd.topVolunteersFor(vacancy.vacancyId, 20, TODAY);
      expect(ranked.map((x) => [x.item.volunteerId, x.score])).toEqual(naiveTopVolunteers(volunteers, vacancy, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]));
      manySkills += ranked.filter((x) => x.item.skills.length > 8).length;
    }
    expect(manySkills).toBeGreaterThan(20);
  });

  it('narrows to centres past the first eight, and answers nothing for an unknown centre or an age no band reaches', () => {
    const r = syntheticRegion(centroids, 17);
    const many = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    const centres = Array.from({ length: 12 }, (_, c) => ({ ...r.centres[c % 3]!, centreId: `00000000-0000-4000-8000-0000000000${String(c).padStart(2, '0')}`, sharesVacancies: c % 4 === 0 }));
    for (const record of centres) many.apply({ kind: 'centre-upsert', record });
    for (let i = 0; i < 2_000; i++) many.apply({ kind: 'volunteer-upsert', record: { ...r.volunteer(i), centreId: centres[i % 12]!.centreId }, keepPause: false });
    for (let i = 0; i < 240; i++) many.apply({ kind: 'vacancy-upsert', record: { ...r.vacancy(i), centreId: centres[(i * 5) % 12]!.centreId } });
    const volunteers = Array.from({ length: 2_000 }, (_, i) => many.matchVolunteer(r.volunteer(i).volunteerId)!);
    const at = many.context(TODAY);

    let found = 0;
    for (let i = 0; i < 240; i += 2) {
      const vacancy = many.matchVacancy(r.vacancy(i).vacancyId)!;
      const ranked = many.topVolunteersFor(vacancy.vacancyId, 20, TODAY).map((x) => [x.item.volunteerId, x.score]);
      expect(ranked).toEqual(naiveTopVolunteers(volunteers, vacancy, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]));
      found += ranked.length;
      const { centreId } = centres[11 - (i % 12)]!;
      expect(many.topVolunteersFor(vacancy.vacancyId, 20, TODAY, { centreId }).map((x) => [x.item.volunteerId, x.score])).toEqual(
        naiveTopVolunteers(volunteers.filter((v) => v.centreId === centreId), vacancy, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]),
      );
    }
    expect(found).toBeGreaterThan(500);
    const vacancyId = r.vacancy(1).vacancyId;
    expect(many.topVolunteersFor(vacancyId, 20, TODAY, { centreId: '00000000-0000-4000-8000-00000000ffff' })).toEqual([]);
    many.apply({ kind: 'vacancy-upsert', record: { ...r.vacancy(1), centreId: centres[0]!.centreId, minimumAge: 70 } });
    expect(many.topVolunteersFor(vacancyId, 20, TODAY)).toEqual([]);
    expect(naiveTopVolunteers(volunteers, many.matchVacancy(vacancyId)!, 20, at, DEFAULT_WEIGHTS)).toEqual([]);
  });

  it('counts up to every asked skill when it narrows a word to who may still make the top', () => {
    // One group: forty with the sector's interest and none of the four skills fill the top first,
    // then forty with all four skills and no interest must still beat them.
    const r = syntheticRegion(centroids, 19);
    const four = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    for (const record of r.centres) four.apply({ kind: 'centre-upsert', record });
    const asked = ['skill.s1', 'skill.s2', 'skill.s3', 'skill.s4'];
    const base = { postcodeArea: r.areas[0]!, travelRadiusKm: 10, availability: ['monday/morning', 'tuesday/evening'], dutchLevel: null, isStudent: false, needsGuidance: false };
    for (let i = 0; i < 80; i++) {
      const skilled = i >= 40;
      const record = { ...r.volunteer(i), ...base, skills: skilled ? asked : ['skill.s9'], interests: skilled ? ['sport'] : ['care'] };
      four.apply({ kind: 'volunteer-upsert', record, keepPause: false });
    }
    const vacancy = { ...r.vacancy(0), kind: 'structural' as const, remote: false, postcodeArea: r.areas[0]!, centreId: r.centres[0]!.centreId, sector: 'care', skills: asked, availability: ['monday/morning'], vogRequired: false, minimumAge: null, dutchLevel: null, activityDate: null, startTime: null, endTime: null, places: null, placesLeft: null };
    four.apply({ kind: 'vacancy-upsert', record: vacancy });
    const volunteers = Array.from({ length: 80 }, (_, i) => four.matchVolunteer(r.volunteer(i).volunteerId)!);

    const ranked = four.topVolunteersFor(vacancy.vacancyId, 20, TODAY);

    expect(ranked.map((x) => [x.item.volunteerId, x.score])).toEqual(
      naiveTopVolunteers(volunteers, four.matchVacancy(vacancy.vacancyId)!, 20, four.context(TODAY), DEFAULT_WEIGHTS).map((x) => [x.id, x.score]),
    );
    expect(ranked.every((x) => x.item.skills.length === 4)).toBe(true);
  });

  it('gives volunteers the same top vacancies as a full scan, with or without help requests, among vacancies past, full, starting later or scored from the profile', () => {
    const r = syntheticRegion(centroids, 23);
    const mixed = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
    for (const record of r.centres) mixed.apply({ kind: 'centre-upsert', record });
    const skills = Array.from({ length: 12 }, (_, i) => `skill.s${i}`);
    const vacancyRecord = (i: number) => {
      const base = r.vacancy(i);
      switch (i % 8) {
        case 0: // Past: its end date, or its day, before today.
          return base.activityDate === null ? { ...base, endsOn: '2027-01-14' } : { ...base, activityDate: '2027-01-14' };
        case 1: // Full.
          return { ...base, kind: 'one-off' as const, activityDate: '2027-03-01', startTime: '10:00', endTime: '12:00', availability: [], places: 5, placesLeft: 0 };
        case 2: // Starts after some volunteers' VOG ends.
          return { ...base, vogRequired: true, startsOn: i % 16 === 2 ? '2031-06-01' : '2027-02-01', activityDate: null, startTime: null, endTime: null };
        case 3: // More skills than a row holds, or a date that is not a plain date: scored from the profile.
          return { ...base, skills: skills.slice(i % 5, (i % 5) + 5 + (i % 3)), endsOn: i % 16 === 3 ? '2099-01-01T00:00:00Z' : base.endsOn };
        default:
          return base;
      }
    };
    for (let i = 0; i < 400; i++) mixed.apply({ kind: 'vacancy-upsert', record: vacancyRecord(i) });
    // Some volunteers hold a VOG until 2030 and some hold one whose date is not a plain date.
    for (let i = 0; i < 1_000; i++) {
      const base = r.volunteer(i);
      const vogValidUntil = i % 11 === 0 ? '2030-12-31T00:00:00Z' : base.vogValidUntil;
      mixed.apply({ kind: 'volunteer-upsert', record: { ...base, skills: i % 2 === 0 ? [...base.skills, ...skills.slice(0, 3)] : base.skills, vogValidUntil }, keepPause: false });
    }
    const vacancies = Array.from({ length: 400 }, (_, i) => mixed.matchVacancy(r.vacancy(i).vacancyId)!);
    const withoutHelp = vacancies.filter((v) => v.kind !== 'help-request');
    const at = mixed.context(TODAY);

    let found = 0;
    for (let i = 0; i < 1_000; i += 3) {
      const volunteer = mixed.matchVolunteer(r.volunteer(i).volunteerId)!;
      const limit = [20, 1, 7][i % 3]!;
      const ranked = mixed.topVacanciesFor(volunteer.volunteerId, limit, TODAY).map((x) => [x.item.vacancyId, x.score, x.distanceKm]);
      expect(ranked).toEqual(
        naiveTopVacancies(vacancies, volunteer, limit, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score, x.item.remote ? undefined : at.distanceKm(volunteer.postcodeArea!, x.item.postcodeArea!)]),
      );
      found += ranked.length;
      expect(mixed.topVacanciesFor(volunteer.volunteerId, 20, TODAY, { withoutHelpRequests: true }).map((x) => [x.item.vacancyId, x.score])).toEqual(
        naiveTopVacancies(withoutHelp, volunteer, 20, at, DEFAULT_WEIGHTS).map((x) => [x.id, x.score]),
      );
    }
    expect(found).toBeGreaterThan(1_000);
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
