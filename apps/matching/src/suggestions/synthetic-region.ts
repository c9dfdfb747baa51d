import { distanceKm, type Pc4Centroids } from '@vc/geo';
import type { CentreRecord, VacancyRecord, VolunteerRecord } from '../read-models/read-model-change.js';

/*
 * Seeded random but realistic data for one region around Utrecht, for the benchmark and for tests
 * that compare the index with a full scan. Same seed, same data.
 */

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKILLS = Array.from({ length: 40 }, (_, i) => `skill.s${i}`);
const SECTORS = ['care', 'sport', 'nature', 'culture', 'education', 'language-and-integration', 'welfare', 'mobility', 'food', 'digital', 'elderly', 'youth'];
const SLOTS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}/${p}`));
const LEVELS = [null, 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const BANDS = ['under-16', '16-17', '18-25', '26-40', '41-65', '66+'];

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SyntheticRegion {
  regionId: string;
  centres: CentreRecord[];
  areas: string[];
  volunteer(i: number): VolunteerRecord;
  vacancy(i: number): VacancyRecord;
}

/** Postcode areas within 30 km of Utrecht centre (3511), three centres of which one shares vacancies. */
export function syntheticRegion(centroids: Pc4Centroids, seed = 42, regionId = '5e0c0000-0000-4000-8000-000000000001'): SyntheticRegion {
  const utrecht = centroids.centroidOf('3511')!;
  const areas = centroids.areasWithin(utrecht, 30).filter((area) => distanceKm(utrecht, centroids.centroidOf(area)!) <= 30).sort();
  const base = seededRandom(seed);
  const centres: CentreRecord[] = [0, 1, 2].map((i) => ({
    centreId: uuidFrom(base),
    regionId,
    name: `Centrale ${i}`,
    municipalities: ['GM0344'],
    sharesVacancies: i === 0,
    lastEventId: uuidFrom(base),
    lastEventAt: '2027-01-01T00:00:00.000Z',
  }));
  const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(random: () => number, list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(random, list));
    return [...chosen];
  };
  return {
    regionId,
    centres,
    areas,
    volunteer(i) {
      const random = seededRandom(seed * 1_000_003 + i);
      return {
        volunteerId: uuidFrom(random),
        centreId: pick(random, centres).centreId,
        regionId,
        status: 'active',
        pausedUntil: null,
        skills: some(random, SKILLS, 2, 6),
        interests: some(random, SECTORS, 1, 3),
        availability: some(random, SLOTS, 2, 6),
        hoursPerWeek: 1 + Math.floor(random() * 8),
        postcodeArea: random() < 0.02 ? null : pick(random, areas),
        travelRadiusKm: pick(random, [2, 3, 5, 5, 10, 10, 15, 25]),
        languages: ['nl'],
        dutchLevel: pick(random, LEVELS),
        ageBand: random() < 0.05 ? null : pick(random, BANDS),
        vogValidUntil: random() < 0.5 ? '2030-12-31' : null,
        isStudent: random() < 0.1,
        needsGuidance: random() < 0.1,
        lastEventId: uuidFrom(random),
        lastEventAt: '2027-01-01T00:00:00.000Z',
      };
    },
    vacancy(i) {
      const random = seededRandom(seed * 7_000_003 + i);
      const roll = random();
      const kind = roll < 0.8 ? 'structural' : roll < 0.95 ? 'one-off' : 'help-request';
      const remote = kind !== 'one-off' && random() < 0.05;
      const oneOff = kind === 'one-off';
      const places = oneOff ? 2 + Math.floor(random() * 20) : null;
      return {
        vacancyId: uuidFrom(random),
        organisationId: uuidFrom(random),
        centreId: pick(random, centres).centreId,
        regionId,
        kind,
        status: 'published',
        title: `Vacature ${i}`,
        sector: pick(random, SECTORS),
        skills: some(random, SKILLS, 1, 4),
        vogRequired: random() < 0.4,
        minimumAge: pick(random, [null, null, 16, 18]),
        dutchLevel: pick(random, [null, null, 'A2', 'B1']),
        suitableForStudents: random() < 0.3,
        suitableForNewcomers: random() < 0.3,
        suitableWithGuidance: random() < 0.3,
        remote,
        postcodeArea: remote ? null : pick(random, areas),
        activityDate: oneOff ? `2099-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : null,
        startTime: oneOff ? pick(random, ['09:30', '13:30', '19:00']) : null,
        endTime: oneOff ? '21:30' : null,
        places,
        placesLeft: places,
        availability: oneOff ? [] : some(random, SLOTS, 1, 3),
        hoursPerWeek: oneOff ? null : 2,
        startsOn: null,
        endsOn: null,
        lastEventId: uuidFrom(random),
        lastEventAt: '2027-01-01T00:00:00.000Z',
      };
    },
  };
}
