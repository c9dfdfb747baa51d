import type { VacancyRecord, VolunteerRecord } from '../../read-models/read-model-change.js';
import { matchVacancyOf, matchVolunteerOf, weekdayOf } from './match-profiles.js';
import {
  bitCount,
  componentScores,
  DEFAULT_WEIGHTS,
  describeKm,
  describeSlots,
  explain,
  failedFilter,
  scoreUpperBound,
  totalScore,
  type MatchContext,
} from './scoring.js';
import { slotMask } from './match-profiles.js';

const CENTRE = '00000000-0000-4000-8000-000000000001';
const SHARING_CENTRE = '00000000-0000-4000-8000-000000000002';
const PRIVATE_CENTRE = '00000000-0000-4000-8000-000000000003';

function volunteer(overrides: Partial<VolunteerRecord> = {}): VolunteerRecord {
  return {
    volunteerId: '10000000-0000-4000-8000-000000000001',
    centreId: CENTRE,
    regionId: 'region-midden',
    status: 'active',
    pausedUntil: null,
    skills: ['social.listening', 'teaching.language-coaching', 'digital.computer-help'],
    interests: ['language-and-integration'],
    availability: ['tuesday/evening', 'thursday/evening', 'saturday/morning'],
    hoursPerWeek: 3,
    postcodeArea: '3582',
    travelRadiusKm: 10,
    languages: ['nl'],
    dutchLevel: 'B2',
    ageBand: '26-40',
    vogValidUntil: '2028-06-30',
    isStudent: false,
    needsGuidance: false,
    lastEventId: 'e',
    lastEventAt: '2027-01-01T00:00:00Z',
    ...overrides,
  };
}

function vacancy(overrides: Partial<VacancyRecord> = {}): VacancyRecord {
  return {
    vacancyId: '20000000-0000-4000-8000-000000000001',
    organisationId: '30000000-0000-4000-8000-000000000001',
    centreId: CENTRE,
    regionId: 'region-midden',
    kind: 'structural',
    status: 'published',
    title: 'Taalmaatje',
    sector: 'language-and-integration',
    skills: ['teaching.language-coaching', 'social.listening', 'care.respite', 'cooking'],
    vogRequired: true,
    minimumAge: 18,
    dutchLevel: 'B1',
    suitableForStudents: false,
    suitableForNewcomers: false,
    suitableWithGuidance: true,
    remote: false,
    postcodeArea: '3562',
    activityDate: null,
    startTime: null,
    endTime: null,
    places: null,
    placesLeft: null,
    availability: ['tuesday/evening', 'thursday/evening', 'monday/morning'],
    hoursPerWeek: 2,
    startsOn: '2027-02-01',
    endsOn: '2027-12-31',
    lastEventId: 'e',
    lastEventAt: '2027-01-01T00:00:00Z',
    ...overrides,
  };
}

const distances: Record<string, number> = { '3582/3562': 6.2, '3582/3563': 6, '3582/1012': 35 };

const context: MatchContext = {
  today: '2027-01-15',
  sharesVacancies: (centreId) => centreId === SHARING_CENTRE,
  distanceKm: (from, to) => (from === to ? 0 : distances[`${from}/${to}`]),
};

describe('hard filters', () => {
  it('passes a pair that meets every requirement', () => {
    expect(failedFilter(matchVolunteerOf(volunteer()), matchVacancyOf(vacancy()), context)).toBeNull();
  });

  it.each<[string, Partial<VolunteerRecord>, Partial<VacancyRecord>, string]>([
    ['a vacancy that is no longer published', {}, { status: 'filled' }, 'not-open'],
    ['a closed vacancy', {}, { status: 'closed' }, 'not-open'],
    ['a paused volunteer', { status: 'paused' }, {}, 'not-active'],
    ['a volunteer who left', { status: 'left' }, {}, 'not-active'],
    ['a vacancy of another centre that does not share', {}, { centreId: PRIVATE_CENTRE }, 'centre'],
    ['a sharing centre in another region', {}, { centreId: SHARING_CENTRE, regionId: 'region-noord' }, 'centre'],
    ['work beyond the travel radius', {}, { postcodeArea: '1012' }, 'distance'],
    ['a workplace whose postcode area is unknown', {}, { postcodeArea: '9999' }, 'distance'],
    ['a volunteer without a postcode and work on site', { postcodeArea: null }, {}, 'distance'],
    ['a volunteer too young', { ageBand: '16-17' }, {}, 'minimum-age'],
    ['a volunteer without a known age', { ageBand: null }, {}, 'minimum-age'],
    ['no VOG where one is required', { vogValidUntil: null }, {}, 'vog'],
    ['a VOG that lapses before the start date', { vogValidUntil: '2027-01-31' }, {}, 'vog'],
    ['a VOG that lapses before a one-off day', { vogValidUntil: '2027-03-12' }, { kind: 'one-off', activityDate: '2027-03-13', startTime: '09:30', availability: [] }, 'vog'],
    ['too little Dutch', { dutchLevel: 'A2' }, {}, 'dutch-level'],
    ['no assessed Dutch level where one is asked', { dutchLevel: null }, {}, 'dutch-level'],
    ['no overlapping weekly slot', { availability: ['friday/morning'] }, {}, 'availability'],
    ['not free on the day part of a one-off', {}, { kind: 'one-off', activityDate: '2027-03-13', startTime: '14:00', availability: [] }, 'availability'],
    ['no places left', {}, { places: 10, placesLeft: 0 }, 'places'],
    ['a one-off day that has passed', {}, { kind: 'one-off', activityDate: '2027-01-14', startTime: '09:30', availability: [] }, 'past'],
    ['an end date that has passed', {}, { endsOn: '2027-01-14', startsOn: null }, 'past'],
  ])('refuses %s', (_case, volunteerOverrides, vacancyOverrides, filter) => {
    expect(failedFilter(matchVolunteerOf(volunteer(volunteerOverrides)), matchVacancyOf(vacancy(vacancyOverrides)), context)).toBe(filter);
  });

  it.each<[string, Partial<VolunteerRecord>, Partial<VacancyRecord>]>([
    ['remote work whatever the distance', { postcodeArea: null }, { remote: true, postcodeArea: null }],
    ['a vacancy of a centre that shares in the same region', {}, { centreId: SHARING_CENTRE }],
    ['a VOG valid exactly on the start date', { vogValidUntil: '2027-02-01' }, {}],
    ['no VOG where none is required', { vogValidUntil: null }, { vogRequired: false }],
    ['no minimum age', { ageBand: null }, { minimumAge: null }],
    ['an under-16 student for a vacancy from 12', { ageBand: 'under-16' }, { minimumAge: 12 }],
    ['no Dutch level asked', { dutchLevel: null }, { dutchLevel: null }],
    ['times by arrangement', { availability: ['friday/morning'] }, { availability: [] }],
    ['free on the Saturday morning of a one-off', {}, { kind: 'one-off', activityDate: '2027-03-13', startTime: '09:30', availability: [], places: 12, placesLeft: 5 }],
    ['work at the edge of the radius', { travelRadiusKm: 6 }, { postcodeArea: '3563' }],
  ])('accepts %s', (_case, volunteerOverrides, vacancyOverrides) => {
    expect(failedFilter(matchVolunteerOf(volunteer(volunteerOverrides)), matchVacancyOf(vacancy(vacancyOverrides)), context)).toBeNull();
  });
});

describe('soft score components', () => {
  it.each<[string, Partial<VolunteerRecord>, Partial<VacancyRecord>, number | undefined, Record<string, number>]>([
    ['skills: 2 of 4 asked', {}, {}, 6, { skills: 0.5 }],
    ['skills: none asked counts as a full match', {}, { skills: [] }, 6, { skills: 1 }],
    ['interests: the sector is among them', {}, {}, 6, { interests: 1 }],
    ['interests: the sector is not', {}, { sector: 'sport' }, 6, { interests: 0 }],
    ['distance: 6 of 10 km leaves 0.4', {}, {}, 6, { distance: 0.4 }],
    ['distance: remote work is as near as can be', {}, { remote: true }, undefined, { distance: 1 }],
    ['availability: 2 of 3 slots', {}, {}, 6, { availability: 2 / 3 }],
    ['availability: by arrangement', {}, { availability: [] }, 6, { availability: 1 }],
    ['suitability: no special needs', {}, {}, 6, { suitability: 1 }],
    ['suitability: guidance needed and offered', { needsGuidance: true }, {}, 6, { suitability: 1 }],
    ['suitability: a student where students are not expected', { isStudent: true }, {}, 6, { suitability: 0 }],
    ['suitability: a student needing guidance, guidance offered only', { isStudent: true, needsGuidance: true }, {}, 6, { suitability: 0.5 }],
  ])('%s', (_case, volunteerOverrides, vacancyOverrides, distance, expected) => {
    const scores = componentScores(matchVolunteerOf(volunteer(volunteerOverrides)), matchVacancyOf(vacancy(vacancyOverrides)), distance);
    for (const [component, value] of Object.entries(expected)) expect(scores[component as keyof typeof scores]).toBeCloseTo(value, 6);
  });

  it('weighs the components by their share of the weights', () => {
    const scores = { skills: 1, interests: 0, distance: 0.5, availability: 1, suitability: 0 };

    expect(totalScore(scores, DEFAULT_WEIGHTS)).toBeCloseTo(0.3 + 0.1 + 0.2, 6);
    expect(totalScore(scores, { skills: 2, interests: 0, distance: 0, availability: 0, suitability: 0 })).toBe(1);
  });
});

describe('explanations', () => {
  it('says every component in words a consultant uses', () => {
    const explained = explain(matchVolunteerOf(volunteer()), matchVacancyOf(vacancy()), 6.2, DEFAULT_WEIGHTS);

    expect(explained.map((c) => [c.component, c.explanation])).toEqual([
      ['skills', '2 van 4 gevraagde vaardigheden'],
      ['interests', 'interesse in language-and-integration'],
      ['distance', '6 km'],
      ['availability', 'dinsdag- en donderdagavond'],
      ['suitability', 'geen bijzondere wensen'],
    ]);
    expect(explained.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(
      totalScore(componentScores(matchVolunteerOf(volunteer()), matchVacancyOf(vacancy()), 6.2), DEFAULT_WEIGHTS),
      2,
    );
  });

  it('names the day of a one-off activity', () => {
    const oneOff = matchVacancyOf(vacancy({ kind: 'one-off', activityDate: '2027-03-13', startTime: '09:30', availability: [] }));

    const availability = explain(matchVolunteerOf(volunteer()), oneOff, 2, DEFAULT_WEIGHTS).find((c) => c.component === 'availability');

    expect(availability?.explanation).toBe('vrij op zaterdagochtend 13 maart');
  });

  it.each([
    [['tuesday/evening'], 'dinsdagavond'],
    [['tuesday/evening', 'thursday/evening'], 'dinsdag- en donderdagavond'],
    [['monday/evening', 'tuesday/evening', 'thursday/evening'], 'maandag-, dinsdag- en donderdagavond'],
    [['monday/morning', 'wednesday/afternoon'], 'maandagochtend en woensdagmiddag'],
    [['saturday/morning', 'tuesday/evening', 'thursday/evening'], 'dinsdag- en donderdagavond en zaterdagochtend'],
  ])('describes slots %j as "%s"', (slots, words) => {
    expect(describeSlots(slotMask(slots))).toBe(words);
  });

  it.each([
    [0.4, 'minder dan 1 km'],
    [6.2, '6 km'],
    [12.5, '13 km'],
  ])('describes %d km as "%s"', (km, words) => {
    expect(describeKm(km)).toBe(words);
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('2027-03-13')).toBe('saturday');
  });
});

describe('scoreUpperBound', () => {
  const weightings = [DEFAULT_WEIGHTS, { skills: 0.7, interests: 0.01, distance: 0.13, availability: 0.1, suitability: 0.06 }, { skills: 0, interests: 0, distance: 0, availability: 0, suitability: 0 }];

  it.each(weightings)('equals totalScore bit for bit when availability and suitability are 1 (weights %o)', (weights) => {
    for (const skills of [0, 1 / 3, 0.5, 2 / 3, 0.75, 1]) {
      for (const interests of [0, 1]) {
        for (const distance of [0, 0.1, 1 / 7, 0.5, 0.9999, 1]) {
          expect(scoreUpperBound(skills, interests, distance, weights)).toBe(totalScore({ skills, interests, distance, availability: 1, suitability: 1 }, weights));
        }
      }
    }
  });

  it.each(weightings)('is never below the total of scores at most its own (weights %o)', (weights) => {
    for (const availability of [0, 0.25, 1 / 3, 0.5, 1]) {
      for (const suitability of [0, 0.5, 1]) {
        const bound = scoreUpperBound(0.5, 1, 1 / 3, weights);
        expect(bound).toBeGreaterThanOrEqual(totalScore({ skills: 0.5, interests: 1, distance: 1 / 3, availability, suitability }, weights));
      }
    }
  });
});

describe('bitCount', () => {
  it.each([0, 1, 0b1011, 0x1fffff, 0x3fffffff, 0x7fffffff, -1, 0x12345678])('counts the bits of %i as one by one does', (mask) => {
    let count = 0;
    for (let bit = 0; bit < 32; bit++) if ((mask >>> bit) & 1) count++;

    expect(bitCount(mask)).toBe(count);
  });
});
