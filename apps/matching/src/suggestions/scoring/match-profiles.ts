import type { VacancyRecord, VolunteerRecord } from '../../read-models/read-model-change.js';

/*
 * Volunteers and vacancies compiled for matching: sets and bit masks instead of lists, so the hard
 * filters and the score cost a few operations per pair.
 */

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const PARTS = ['morning', 'afternoon', 'evening'] as const;

/** Bit of one weekly slot (7 days x 3 parts = 21 bits). */
export function slotBit(day: string, part: string): number {
  const d = DAYS.indexOf(day as (typeof DAYS)[number]);
  const p = PARTS.indexOf(part as (typeof PARTS)[number]);
  return d < 0 || p < 0 ? 0 : 1 << (d * 3 + p);
}

/** Mask of `day/part` slots. */
export function slotMask(slots: readonly string[]): number {
  let mask = 0;
  for (const slot of slots) {
    const [day, part] = slot.split('/');
    mask |= slotBit(day ?? '', part ?? '');
  }
  return mask;
}

const CEFR_RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

export function cefrRank(level: string | null): number {
  return level === null ? 0 : (CEFR_RANK[level] ?? 0);
}

/**
 * The youngest age an age band allows. `under-16` counts as 12: secondary-school students (MaS)
 * are the people registrations puts there. Null (no date of birth) meets no minimum age.
 */
const AGE_BAND_FLOOR: Record<string, number> = { 'under-16': 12, '16-17': 16, '18-25': 18, '26-40': 26, '41-65': 41, '66+': 66 };

/** Every youngest age a band can give, ascending. */
export const AGE_FLOORS: readonly number[] = [...new Set(Object.values(AGE_BAND_FLOOR))].sort((a, b) => a - b);

export function ageFloorOf(ageBand: string | null): number | null {
  return ageBand === null ? null : (AGE_BAND_FLOOR[ageBand] ?? null);
}

/** The part of the day a one-off activity starting at `HH:MM` falls in. */
export function partOfDay(time: string): (typeof PARTS)[number] {
  const hour = Number(time.slice(0, 2));
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** Weekday of a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved). */
export function weekdayOf(date: string): (typeof DAYS)[number] {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return DAYS[(day + 6) % 7]!;
}

export interface MatchVolunteer {
  volunteerId: string;
  centreId: string;
  regionId: string;
  status: VolunteerRecord['status'];
  pausedUntil: string | null;
  active: boolean;
  /** Plain arrays: a handful of codes each, where a Set would cost far more memory. */
  skills: readonly string[];
  interests: readonly string[];
  /** Skills and interests as StringPool bits (set for every code held, maybe for others too). */
  skillBits: number;
  interestBits: number;
  availabilityMask: number;
  postcodeArea: string | null;
  travelRadiusKm: number;
  dutchRank: number;
  ageFloor: number | null;
  vogValidUntil: string | null;
  isStudent: boolean;
  needsGuidance: boolean;
}

export interface MatchVacancy {
  vacancyId: string;
  organisationId: string;
  centreId: string;
  regionId: string;
  kind: VacancyRecord['kind'];
  open: boolean;
  title: string;
  sector: string;
  skills: readonly string[];
  vogRequired: boolean;
  minimumAge: number | null;
  dutchRank: number;
  suitableForStudents: boolean;
  suitableForNewcomers: boolean;
  suitableWithGuidance: boolean;
  remote: boolean;
  postcodeArea: string | null;
  /** One-off: its day; the slot it falls in is `availabilityMask`. */
  activityDate: string | null;
  startTime: string | null;
  /** Structural: its weekly slots (0 when by arrangement); one-off: the one slot of its date and start. */
  availabilityMask: number;
  placesLeft: number | null;
  startsOn: string | null;
  endsOn: string | null;
}

/**
 * Shares equal strings and code lists between profiles: ids of centres and regions, postcode
 * areas, dates and codes repeat across 100,000 volunteers, and each parsed event holds its own copy.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly bits = new Map<string, number>();
  private readonly numbers = new Map<string, number>();

  string<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /** Each code shared; the list itself too, for lists that repeat (a few interests, not skill sets). */
  codes(values: readonly string[]): readonly string[] {
    return values.map((v) => this.string(v));
  }

  list(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    const list = values.map((v) => this.string(v));
    this.lists.set(key, list);
    return list;
  }

  /**
   * A bit for a code (skills and sectors), 30 bits round: two codes may share one, so bits tell
   * only that a profile may hold a code, never that it does not when it does. The index bounds a
   * pair's score with them; the score itself compares the codes.
   */
  bitOf(code: string): number {
    let bit = this.bits.get(code);
    if (bit === undefined) this.bits.set(code, (bit = 1 << this.bits.size % 30));
    return bit;
  }

  /** A number of its own for each code (from 1, in order of first use): what exact comparisons use. */
  numberOf(code: string): number {
    let number = this.numbers.get(code);
    if (number === undefined) this.numbers.set(code, (number = this.numbers.size + 1));
    return number;
  }

  /** The code's number, or -1 when no profile has used it. */
  knownNumber(code: string): number {
    return this.numbers.get(code) ?? -1;
  }

  bitsOf(codes: readonly string[]): number {
    let bits = 0;
    for (const code of codes) bits |= this.bitOf(code);
    return bits;
  }

  clear(): void {
    this.strings.clear();
    this.lists.clear();
    this.bits.clear();
    this.numbers.clear();
  }
}

const NO_POOL = {
  string: <T extends string | null>(value: T) => value,
  codes: (values: readonly string[]) => values,
  list: (values: readonly string[]) => values,
  // Every bit set: "may hold any code", the bound that holds without a numbering.
  bitsOf: () => -1,
};

/** Keeps nothing of the record but what matching and access need (the record itself is dropped). */
export function matchVolunteerOf(record: VolunteerRecord, pool: Pick<StringPool, 'string' | 'codes' | 'list' | 'bitsOf'> = NO_POOL): MatchVolunteer {
  return {
    volunteerId: record.volunteerId,
    centreId: pool.string(record.centreId),
    regionId: pool.string(record.regionId),
    status: record.status,
    pausedUntil: pool.string(record.pausedUntil),
    active: record.status === 'active',
    skills: pool.codes(record.skills),
    interests: pool.list(record.interests),
    skillBits: pool.bitsOf(record.skills),
    interestBits: pool.bitsOf(record.interests),
    availabilityMask: slotMask(record.availability),
    postcodeArea: pool.string(record.postcodeArea),
    travelRadiusKm: record.travelRadiusKm,
    dutchRank: cefrRank(record.dutchLevel),
    ageFloor: ageFloorOf(record.ageBand),
    vogValidUntil: pool.string(record.vogValidUntil),
    isStudent: record.isStudent,
    needsGuidance: record.needsGuidance,
  };
}

export function matchVacancyOf(record: VacancyRecord): MatchVacancy {
  const oneOff = record.kind === 'one-off' && record.activityDate !== null && record.startTime !== null;
  return {
    vacancyId: record.vacancyId,
    organisationId: record.organisationId,
    centreId: record.centreId,
    regionId: record.regionId,
    kind: record.kind,
    open: record.status === 'published',
    title: record.title,
    sector: record.sector,
    skills: [...record.skills],
    vogRequired: record.vogRequired,
    minimumAge: record.minimumAge,
    dutchRank: cefrRank(record.dutchLevel),
    suitableForStudents: record.suitableForStudents,
    suitableForNewcomers: record.suitableForNewcomers,
    suitableWithGuidance: record.suitableWithGuidance,
    remote: record.remote,
    postcodeArea: record.postcodeArea,
    activityDate: record.activityDate,
    startTime: record.startTime,
    availabilityMask: oneOff
      ? slotBit(weekdayOf(record.activityDate!), partOfDay(record.startTime!))
      : slotMask(record.availability),
    placesLeft: record.placesLeft,
    startsOn: record.startsOn,
    endsOn: record.endsOn,
  };
}
