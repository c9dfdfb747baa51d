import { distanceKm as greatCircleKm, type Pc4Centroid, type Pc4Centroids } from '@vc/geo';
import type { CentreRecord, OrganisationRecord, ReadModelChange, VacancyRecord } from '../read-models/read-model-change.js';
import { flagRow, lowestBit, MemberFeatures, NO_SKILLS, NO_TIMES, PackedRows, skillAndInterestRows, slotRows, VOG_REQUIRED } from './packed-members.js';
import { AGE_FLOORS, matchVacancyOf, matchVolunteerOf, StringPool, type MatchVacancy, type MatchVolunteer } from './scoring/match-profiles.js';
import {
  bitCount,
  closedFilter,
  componentScores,
  distanceScoreOf,
  failedFilter,
  scoreUpperBound,
  startDateOf,
  suitabilityFlagsOf,
  suitabilityShare,
  suitedFlagsOf,
  totalScore,
  weightedTotal,
  type MatchContext,
  type Weights,
} from './scoring/scoring.js';
import {
  AGE_ROW,
  CENTRE_ROW,
  CENTRE_ROWS,
  DUTCH_ROW,
  G_COUNT,
  G_INTERESTS,
  G_MASK,
  G_RADIUS,
  G_SKILLS,
  G_START,
  GROUP_FIELDS,
  INEXACT,
  INTEREST_CODES,
  INTEREST_ROW,
  P_AGE,
  P_CENTRE,
  P_DUTCH,
  P_FLAGS,
  P_INTEREST_CODES,
  P_INTERESTS,
  P_MASK,
  P_SKILL_CODES,
  P_SKILLS,
  P_VOG,
  ROW,
  SKILL_CODES,
  SKILL_ROW,
  SLOT_ROW,
  VOG_ROW,
  VolunteerSlab,
  type SlabArea,
} from './volunteer-slab.js';

/** What the index keeps of a volunteer's record besides the matching profile. */
export type IndexedVolunteer = Pick<MatchVolunteer, 'volunteerId' | 'centreId' | 'regionId' | 'status' | 'pausedUntil'>;

export interface Ranked<T> {
  item: T;
  score: number;
  /** Undefined for remote work. */
  distanceKm: number | undefined;
}

/** Keeps the best `limit` by score, ties broken by id, so equal inputs always give the same order. */
class TopN<T> {
  readonly ranked: Array<Ranked<T> & { id: string }> = [];

  constructor(private readonly limit: number) {}

  worstScore(): number {
    return this.ranked.length < this.limit ? -1 : this.ranked[this.ranked.length - 1]!.score;
  }

  offer(id: string, item: T, score: number, distance: number | undefined): void {
    const list = this.ranked;
    if (list.length >= this.limit) {
      const worst = list[list.length - 1]!;
      if (score < worst.score || (score === worst.score && id > worst.id)) return;
    }
    // Insertion from the end by hand: splice allocated and cost more than the rest of a query's scan.
    let i = list.length < this.limit ? list.length : list.length - 1;
    while (i > 0 && (list[i - 1]!.score < score || (list[i - 1]!.score === score && list[i - 1]!.id > id))) {
      list[i] = list[i - 1]!;
      i--;
    }
    list[i] = { id, item, score, distanceKm: distance };
  }
}

/**
 * Open vacancies of one postcode area (or a region's remote ones), as parallel packed arrays beside
 * the profiles, as volunteers' rows are (see VolunteerSlab): a volunteer's query rules most out on
 * integers alone.
 */
interface VacancyBucket {
  /** Looked up once: a lookup per area and query cost more than the rest of a query. */
  centroid: Pc4Centroid | undefined;
  members: MatchVacancy[];
  /** Per vacancy (fields V_*): what a volunteer's query rules most out with. */
  rows: PackedRows;
  /** Which vacancies ask which slot, skill bit and sector bit, have no fixed times, ask no skill, need a VOG. */
  features: MemberFeatures;
}

/** Fields of a vacancy's packed row. */
const V_MASK = 0;
const V_CENTRE = 1;
/** 1 when a VOG is required. */
const V_VOG = 2;
/** StringPool bits of the skills asked (0 when none), and of the sector. */
const V_SKILLS = 3;
const V_SECTOR = 4;
/** How many skills are asked when each has a bit of its own (then bits count matches); -1 when two share one. */
const V_SKILL_COUNT = 5;
/** Minimum age (0 for none) and CEFR rank asked: failedFilter's rules on integers. */
const V_MINIMUM_AGE = 6;
const V_DUTCH = 7;

/** Suitability (scoring's SUITABILITY_* bits) and these flags. */
const V_FLAGS = 8;
const HELP_REQUEST = 1 << 8;
const NO_PLACES_LEFT = 1 << 9;
/** More skills than the row holds, a number past 16 bits, or a date that is not a plain date: scored from the profile. */
const INEXACT_VACANCY = 1 << 10;
/** Its day (one-off) or end date, and its day or start date, as YYYYMMDD (0 for none): the 'past' and 'vog' rules. */
const V_LAST_DAY = 9;
const V_FIRST_DAY = 10;
/** StringPool numbers of the sector and of up to four skills asked (two of 16 bits per int), and how many are asked. */
const V_SECTOR_CODE = 11;
const V_ASKED = 12;
const V_SKILL_CODES = 13;
const VACANCY_SKILL_CODES = 4;
/** Ints per vacancy row. */
const ROW_FIELDS = 16;

/** `YYYY-MM-DD` as a number that sorts the same; 0 for none. */
function dayNumber(date: string | null): number {
  if (date === null) return 0;
  const day = Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
  // Not a plain date (never expected): a number that passes every bound, leaving it to failedFilter.
  return Number.isInteger(day) && day <= 0x7fffffff ? day : 0x7fffffff;
}

function isPlainDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}


/**
 * The read models of the owned regions held in memory, for suggestions without a table scan:
 * open vacancies and active volunteers bucketed by postcode area, so a query looks only at areas
 * within reach (one distance per area, not per person) and then checks bit masks and sets. Kept
 * current by the same changes the consumer commits to the database, read from the change feed
 * (ADR 0010, 0013).
 */
export class SuggestionIndex {
  /**
   * Only the compiled profile of each volunteer, with its strings shared through `pool`: the full
   * records of 100,000 people (lists of slot names, languages, event ids) were most of the heap, and
   * a big heap is what made garbage collection pause requests.
   */
  private readonly volunteers = new Map<string, MatchVolunteer>();
  private readonly pool = new StringPool();
  /** Where each active volunteer sits in its group's arrays. */
  private readonly positions = new Map<MatchVolunteer, number>();
  /** Small numbers for centre ids, compared per volunteer in the scans. */
  private readonly centreNumbers = new Map<string, number>();
  private readonly vacancies = new Map<string, { record: VacancyRecord; match: MatchVacancy }>();
  private readonly organisations = new Map<string, OrganisationRecord>();
  private readonly centres = new Map<string, CentreRecord>();
  /** Active volunteers by region, in groups of one postcode area and travel radius (ADR 56). */
  private readonly volunteerRegions = new Map<string, VolunteerRegion>();
  private readonly row = new Int32Array(ROW);
  /** Open vacancies by region, then postcode area; remote ones apart. */
  private readonly vacancyAreas = new Map<string, Map<string, VacancyBucket>>();
  private readonly remoteVacancies = new Map<string, VacancyBucket>();
  /** Per region, each kind's areas in order of distance from a query's area (see AreasByDistance). */
  private readonly vacancyAreaOrders = new Map<string, AreasByDistance<VacancyBucket>>();

  /** The widest travel radius of any volunteer group: no area farther than this reaches anyone. */
  private widestRadius = 0;

  /** Bounds hold only for weights of at least 0 (the configuration allows nothing else). */
  private readonly prunes: boolean;

  constructor(
    private readonly centroids: Pc4Centroids,
    readonly weights: Weights,
  ) {
    this.prunes = Object.values(weights).every((w) => w >= 0);
  }

  apply(change: ReadModelChange): void {
    switch (change.kind) {
      case 'volunteer-upsert': {
        const existing = this.volunteers.get(change.record.volunteerId);
        // Same rule as the database: an update keeps a running pause's end date.
        const pausedUntil = !change.keepPause ? change.record.pausedUntil : change.record.status === 'paused' ? (existing?.pausedUntil ?? null) : null;
        this.putVolunteer(matchVolunteerOf({ ...change.record, pausedUntil }, this.pool));
        return;
      }
      case 'volunteer-status': {
        const existing = this.volunteers.get(change.volunteerId);
        if (!existing) return;
        this.putVolunteer({ ...existing, status: change.status, pausedUntil: this.pool.string(change.pausedUntil), active: change.status === 'active' });
        return;
      }
      case 'volunteer-erase':
        this.removeVolunteer(change.volunteerId);
        return;
      case 'vacancy-upsert':
        this.putVacancy(change.record);
        return;
      case 'organisation-upsert':
        this.organisations.set(change.record.organisationId, change.record);
        return;
      case 'centre-upsert':
        this.centres.set(change.record.centreId, change.record);
        return;
    }
  }

  /** Empties the index before a reload from the tables (a replica that fell too far behind the feed). */
  clear(): void {
    for (const map of [this.volunteers, this.vacancies, this.organisations, this.centres, this.volunteerRegions, this.vacancyAreas, this.remoteVacancies, this.vacancyAreaOrders]) {
      map.clear();
    }
    this.pool.clear();
    this.positions.clear();
    this.widestRadius = 0;
    this.centreNumbers.clear();
  }

  centre(centreId: string): CentreRecord | undefined {
    return this.centres.get(centreId);
  }

  /** Who the volunteer is and their status; the rest of their record stays in the database. */
  volunteer(volunteerId: string): IndexedVolunteer | undefined {
    const profile = this.volunteers.get(volunteerId);
    if (!profile) return undefined;
    const { centreId, regionId, status, pausedUntil } = profile;
    return { volunteerId, centreId, regionId, status, pausedUntil };
  }

  vacancy(vacancyId: string): VacancyRecord | undefined {
    return this.vacancies.get(vacancyId)?.record;
  }

  organisation(organisationId: string): OrganisationRecord | undefined {
    return this.organisations.get(organisationId);
  }

  matchVolunteer(volunteerId: string): MatchVolunteer | undefined {
    return this.volunteers.get(volunteerId);
  }

  matchVacancy(vacancyId: string): MatchVacancy | undefined {
    return this.vacancies.get(vacancyId)?.match;
  }

  get size(): { volunteers: number; vacancies: number } {
    return { volunteers: this.volunteers.size, vacancies: this.vacancies.size };
  }

  context(today: string): MatchContext {
    return {
      today,
      sharesVacancies: (centreId) => this.centres.get(centreId)?.sharesVacancies ?? false,
      distanceKm: (from, to) => {
        const a = this.centroids.centroidOf(from);
        const b = this.centroids.centroidOf(to);
        return a && b ? greatCircleKm(a, b) : undefined;
      },
    };
  }

  /**
   * Best open vacancies for a volunteer, without help requests when `withoutHelpRequests`. Areas
   * are visited nearest first (the remote ones before them), each a best bound of its own, and the
   * walk stops at the first whose bound cannot beat the top's last. Within one, packed integers
   * rule out most vacancies (not at the volunteer's times, a centre that does not offer it, a VOG
   * the volunteer lacks, no skill and no interest to beat the top's last), the rest are scored
   * from their rows, and profiles are read only for those that make the top (ADR 10, 56).
   */
  topVacanciesFor(volunteerId: string, limit: number, today: string, options: { withoutHelpRequests?: boolean } = {}): Ranked<MatchVacancy>[] {
    const volunteer = this.volunteers.get(volunteerId);
    if (!volunteer || !volunteer.active || limit < 1) return [];
    const context = this.context(today);
    const ownCentre = this.centreNumber(volunteer.centreId);
    // Exactly failedFilter's 'centre' rule, per centre number.
    const offered: boolean[] = [];
    for (const [centreId, number] of this.centreNumbers) offered[number] = number === ownCentre || context.sharesVacancies(centreId);
    const scan = new VacancyScan(volunteer, context, offered, limit, options.withoutHelpRequests ?? false, this.pool, this.weights, this.termsOf());
    const remote = this.remoteVacancies.get(volunteer.regionId);
    if (remote) scan.bucket(remote, undefined, this.bound(1, 1, 1));
    const origin = volunteer.postcodeArea === null ? undefined : this.centroids.centroidOf(volunteer.postcodeArea);
    const areas = origin && this.vacancyAreaOrders.get(volunteer.regionId)?.from(volunteer.postcodeArea!, origin);
    for (const { bucket, distance } of areas ?? []) {
      // Nearer areas bound higher: the first that cannot beat the top's last ends the walk.
      if (distance > volunteer.travelRadiusKm || !scan.bucket(bucket, distance, this.bound(1, 1, distanceScoreOf(false, distance, volunteer.travelRadiusKm)))) break;
    }
    return scan.ranked();
  }

  /**
   * Best active volunteers for a vacancy, only those of one centre when `centreId` is given. Two
   * passes (ADR 56): the first walks the groups in reach, nearest first, and scores candidates from
   * their packed rows alone (a profile only for the few rows that cannot), keeping those that may
   * still make the top; the second reads just those profiles, best first, and ranks them.
   */
  topVolunteersFor(vacancyId: string, limit: number, today: string, options: { centreId?: string } = {}): Ranked<MatchVolunteer>[] {
    const vacancy = this.vacancies.get(vacancyId)?.match;
    const region = vacancy && this.volunteerRegions.get(vacancy.regionId);
    if (!vacancy || !region || !vacancy.open || closedFilter(vacancy, today) !== null || limit < 1) return [];
    const context = this.context(today);
    // failedFilter's 'centre' rule and the caller's narrowing, as one centre number (-1: any).
    let centre = context.sharesVacancies(vacancy.centreId) ? -1 : this.centreNumber(vacancy.centreId);
    if (options.centreId !== undefined) {
      const wanted = this.centreNumbers.get(options.centreId);
      if (wanted === undefined || (centre >= 0 && centre !== wanted)) return [];
      centre = wanted;
    }
    const { slab } = region;
    const scan = new VolunteerScan(slab, vacancy, context, centre, limit, this.pool, this.weights, this.termsOf());
    if (scan.nobody) return [];
    if (vacancy.remote) {
      for (let group = 0; group < slab.groupCount; group++) scan.group(group, undefined);
    } else {
      const target = vacancy.postcodeArea === null ? undefined : this.centroids.centroidOf(vacancy.postcodeArea);
      if (!target) return [];
      for (const { bucket: area, distance } of region.order.from(vacancy.postcodeArea!, target)) {
        // Nearest areas first, each area's groups widest radius first: stop where none reaches.
        if (distance > this.widestRadius) break;
        for (const group of area.groups) {
          if (slab.groups[group * GROUP_FIELDS + G_RADIUS]! < distance) break;
          scan.group(group, distance);
        }
      }
    }
    return scan.ranked();
  }

  private centreNumber(centreId: string): number {
    let number = this.centreNumbers.get(centreId);
    if (number === undefined) this.centreNumbers.set(centreId, (number = this.centreNumbers.size));
    return number;
  }

  /**
   * Each component's share of the total (weight / sum of weights), for bounds added up term by
   * term. The sum rounds differently from totalScore in the last bits, so `rest` (the suitability
   * term at its maximum) carries BOUND_SLACK: a bound is never below a real total. Infinity when
   * bounds do not hold (a negative weight).
   */
  private termsOf(): Terms {
    const w = this.weights;
    const sum = w.skills + w.interests + w.distance + w.availability + w.suitability;
    if (!this.prunes || sum === 0) return { skills: 0, interests: 0, distance: 0, availability: 0, rest: Number.POSITIVE_INFINITY };
    return { skills: w.skills / sum, interests: w.interests / sum, distance: w.distance / sum, availability: w.availability / sum, rest: w.suitability / sum + BOUND_SLACK };
  }

  /** The best total a set whose known components are `known` may hold; Infinity when bounds do not hold. */
  private bound(skills: number, interests: number, distance: number, availability = 1): number {
    return this.prunes ? scoreUpperBound(skills, interests, distance, this.weights, availability) : Number.POSITIVE_INFINITY;
  }

  private putVolunteer(match: MatchVolunteer): void {
    this.removeVolunteer(match.volunteerId);
    this.volunteers.set(match.volunteerId, match);
    if (!match.active) return;
    let region = this.volunteerRegions.get(match.regionId);
    if (!region) {
      const slab = new VolunteerSlab<MatchVolunteer>((area) => this.centroids.centroidOf(area));
      this.volunteerRegions.set(match.regionId, (region = { slab, order: new AreasByDistance(slab.areas) }));
    }
    const areas = region.slab.areas.size;
    const group = region.slab.groupOf(match.postcodeArea, match.travelRadiusKm, true);
    if (region.slab.areas.size !== areas) region.order.forget();
    if (match.postcodeArea !== null && match.travelRadiusKm > this.widestRadius) this.widestRadius = match.travelRadiusKm;
    this.positions.set(match, region.slab.add(group, match, this.rowOf(match)));
  }

  /** The volunteer's packed row (fields P_*), in a buffer reused for every volunteer. */
  private rowOf(match: MatchVolunteer): Int32Array {
    const row = this.row.fill(0);
    row[P_MASK] = match.availabilityMask;
    row[P_SKILLS] = match.skillBits;
    row[P_INTERESTS] = match.interestBits;
    row[P_CENTRE] = this.centreNumber(match.centreId);
    row[P_VOG] = dayNumber(match.vogValidUntil);
    row[P_AGE] = match.ageFloor ?? -1;
    row[P_DUTCH] = match.dutchRank;
    const exact =
      (match.vogValidUntil === null || isPlainDate(match.vogValidUntil)) &&
      this.packCodes(row, P_SKILL_CODES, SKILL_CODES, match.skills) &&
      this.packCodes(row, P_INTEREST_CODES, INTEREST_CODES, match.interests);
    row[P_FLAGS] = suitabilityFlagsOf(match) | (exact ? 0 : INEXACT);
    return row;
  }

  /** Writes the codes' numbers into the row, two per int; false when there are more than `room` or a number needs more than 16 bits. */
  private packCodes(row: Int32Array, at: number, room: number, codes: readonly string[]): boolean {
    let fits = codes.length <= room;
    for (let i = 0; i < codes.length; i++) {
      // Every code gets its number, also past the room: the other side's queries look them up.
      const number = this.pool.numberOf(codes[i]!);
      if (number > 0xffff) fits = false;
      if (fits) row[at + (i >>> 1)]! |= (i & 1) === 0 ? number : number << 16;
    }
    return fits;
  }

  private removeVolunteer(volunteerId: string): void {
    const existing = this.volunteers.get(volunteerId);
    if (!existing) return;
    this.volunteers.delete(volunteerId);
    if (!existing.active) return;
    const slab = this.volunteerRegions.get(existing.regionId)?.slab;
    const group = slab ? slab.groupOf(existing.postcodeArea, existing.travelRadiusKm, false) : -1;
    const position = this.positions.get(existing);
    if (!slab || group < 0 || position === undefined) return;
    this.positions.delete(existing);
    const moved = slab.remove(group, position);
    if (moved) this.positions.set(moved, position);
  }

  private vacancyBucketOf(match: MatchVacancy, create: boolean): VacancyBucket | undefined {
    const empty = (centroid: Pc4Centroid | undefined): VacancyBucket => ({ centroid, members: [], rows: new PackedRows(ROW_FIELDS), features: new MemberFeatures() });
    if (match.remote) {
      let bucket = this.remoteVacancies.get(match.regionId);
      if (!bucket && create) this.remoteVacancies.set(match.regionId, (bucket = empty(undefined)));
      return bucket;
    }
    if (match.postcodeArea === null) return undefined;
    const areas = create ? mapIn(this.vacancyAreas, match.regionId) : this.vacancyAreas.get(match.regionId);
    let bucket = areas?.get(match.postcodeArea);
    if (!bucket && create) {
      areas!.set(match.postcodeArea, (bucket = empty(this.centroids.centroidOf(match.postcodeArea))));
      this.areaOrderOf(this.vacancyAreaOrders, match.regionId, areas!).forget();
    }
    return bucket;
  }

  private putVacancy(record: VacancyRecord): void {
    const existing = this.vacancies.get(record.vacancyId)?.match;
    if (existing?.open) {
      const bucket = this.vacancyBucketOf(existing, false);
      const position = bucket?.members.indexOf(existing) ?? -1;
      if (bucket && position >= 0) {
        // Swap-remove (a few dozen per area: indexOf is cheap enough for vacancy updates).
        const last = bucket.members.length - 1;
        vacancyFeatures(bucket, position, (...features) => bucket.features.remove(position, ...features));
        if (position !== last) {
          vacancyFeatures(bucket, last, (...features) => {
            bucket.features.remove(last, ...features);
            bucket.features.add(position, ...features);
          });
        }
        bucket.members[position] = bucket.members[last]!;
        bucket.members.pop();
        bucket.rows.swapRemove(position);
      }
    }
    const match = matchVacancyOf(record);
    this.vacancies.set(record.vacancyId, { record, match });
    if (!match.open) return;
    const bucket = this.vacancyBucketOf(match, true);
    if (!bucket) return;
    bucket.members.push(match);
    const at = bucket.rows.append();
    const data = bucket.rows.data;
    const skillBits = this.pool.bitsOf(match.skills);
    data[at + V_MASK] = match.availabilityMask;
    data[at + V_CENTRE] = this.centreNumber(match.centreId);
    data[at + V_VOG] = match.vogRequired ? 1 : 0;
    data[at + V_SKILLS] = skillBits;
    data[at + V_SECTOR] = this.pool.bitOf(match.sector);
    data[at + V_SKILL_COUNT] = bitCount(skillBits) === match.skills.length ? match.skills.length : -1;
    data[at + V_MINIMUM_AGE] = match.minimumAge ?? 0;
    data[at + V_DUTCH] = match.dutchRank;
    const lastDay = match.activityDate ?? match.endsOn;
    const firstDay = match.activityDate ?? match.startsOn;
    data[at + V_LAST_DAY] = dayNumber(lastDay);
    data[at + V_FIRST_DAY] = dayNumber(firstDay);
    data[at + V_SECTOR_CODE] = this.pool.numberOf(match.sector);
    data[at + V_ASKED] = match.skills.length;
    data.fill(0, at + V_SKILL_CODES, at + V_SKILL_CODES + VACANCY_SKILL_CODES / 2);
    const exact =
      (lastDay === null || isPlainDate(lastDay)) &&
      (firstDay === null || isPlainDate(firstDay)) &&
      data[at + V_SECTOR_CODE]! <= 0xffff &&
      this.packCodes(data, at + V_SKILL_CODES, VACANCY_SKILL_CODES, match.skills);
    data[at + V_FLAGS] =
      suitedFlagsOf(match) |
      (match.kind === 'help-request' ? HELP_REQUEST : 0) |
      (match.placesLeft !== null && match.placesLeft <= 0 ? NO_PLACES_LEFT : 0) |
      (exact ? 0 : INEXACT_VACANCY);
    const position = bucket.members.length - 1;
    vacancyFeatures(bucket, position, (...features) => bucket.features.add(position, ...features));
  }

  private areaOrderOf<B extends { centroid: Pc4Centroid | undefined }>(
    orders: Map<string, AreasByDistance<B>>,
    regionId: string,
    areas: Map<string, B>,
  ): AreasByDistance<B> {
    let order = orders.get(regionId);
    if (!order) orders.set(regionId, (order = new AreasByDistance(areas)));
    return order;
  }
}

interface VolunteerRegion {
  slab: VolunteerSlab<MatchVolunteer>;
  /** The slab's areas in order of distance from a query's area. */
  order: AreasByDistance<SlabArea>;
}

type Terms = { skills: number; interests: number; distance: number; availability: number; rest: number };

/**
 * One query for the best volunteers for a vacancy over a region's slab. `group` is called for each
 * group in reach: feature rows narrow its members a word (32 members) at a time to those free at
 * an asked slot who pass the hard filters and may still reach the top, then their rows give the
 * exact score. `ranked` reads the profiles of those kept, best first.
 */
class VolunteerScan {
  /** True when no volunteer can pass the vacancy's minimum age. */
  readonly nobody: boolean;
  private readonly mask: number;
  private readonly slotsAsked: number;
  private readonly centre: number;
  private readonly vogFrom: number;
  private readonly minimumAge: number;
  private readonly dutchAsked: number;
  /** False when the start date is not a plain date: every candidate is then scored from its profile. */
  private readonly exact: boolean;
  private readonly asked: number;
  /** Per asked skill: its StringPool bit and number (-1 when no volunteer holds it). */
  private readonly askedBits: Int32Array;
  private readonly askedCodes: Int32Array;
  private readonly sectorBit: number;
  private readonly sectorCode: number;
  /** The wishes the vacancy is suited to (scoring's SUITABILITY_* bits). */
  private readonly suited: number;
  private readonly skillTerms: Float64Array;
  private readonly slotTerms: Float64Array;
  /** The availability term at its best, and the best total of a member with no asked skill and no interest, less the distance term. */
  private readonly availabilityTerm: number;
  private readonly plain: number;
  /** Offsets into the slab's feature bits of the rows the query ORs (slots), ANDs (hard filters) and counts (skills, sector). */
  private readonly slotRows: Int32Array;
  private readonly requiredRows: Int32Array;
  private readonly skillRows: Int32Array;
  private readonly sectorRow: number;
  private readonly candidates: Candidates<MatchVolunteer>;

  constructor(
    private readonly slab: VolunteerSlab<MatchVolunteer>,
    private readonly vacancy: MatchVacancy,
    private readonly context: MatchContext,
    centre: number,
    limit: number,
    pool: StringPool,
    private readonly weights: Weights,
    private readonly terms: Terms,
  ) {
    const mask = (this.mask = vacancy.availabilityMask);
    this.slotsAsked = bitCount(mask);
    this.centre = centre;
    const start = startDateOf(vacancy, context.today);
    this.exact = isPlainDate(start);
    // failedFilter's 'vog' rule: a VOG still valid at the start (any VOG when the start is not a plain date: the profile decides).
    this.vogFrom = !vacancy.vogRequired ? 0 : this.exact ? dayNumber(start) : 1;
    this.minimumAge = vacancy.minimumAge ?? 0;
    this.dutchAsked = vacancy.dutchRank;
    const asked = (this.asked = vacancy.skills.length);
    this.askedBits = Int32Array.from(vacancy.skills, (skill) => pool.bitOf(skill));
    this.askedCodes = Int32Array.from(vacancy.skills, (skill) => pool.knownNumber(skill));
    const sectorBit = (this.sectorBit = pool.bitOf(vacancy.sector));
    this.sectorCode = pool.knownNumber(vacancy.sector);
    this.suited = suitedFlagsOf(vacancy);
    this.skillTerms = new Float64Array(asked + 1);
    for (let m = 0; m <= asked; m++) this.skillTerms[m] = (asked === 0 ? 1 : m / asked) * terms.skills;
    this.slotTerms = new Float64Array(SLOTS + 1);
    for (let c = 0; c <= SLOTS; c++) this.slotTerms[c] = (mask === 0 ? 1 : c / this.slotsAsked) * terms.availability;
    this.availabilityTerm = this.slotTerms[mask === 0 ? 0 : this.slotsAsked]!;
    this.plain = this.skillTerms[0]! + this.availabilityTerm;
    const words = slab.words;
    const offsets = (rows: number[]) => Int32Array.from(rows, (row) => row * words);
    const slotRows: number[] = [];
    for (let m = mask; m !== 0; m &= m - 1) slotRows.push(SLOT_ROW + lowestBit(m));
    this.slotRows = offsets(slotRows);
    const required: number[] = [];
    if (centre >= 0 && centre < CENTRE_ROWS) required.push(CENTRE_ROW + centre);
    if (this.vogFrom !== 0) required.push(VOG_ROW);
    if (this.dutchAsked > 0) required.push(DUTCH_ROW + this.dutchAsked - 1);
    const ageRow = AGE_FLOORS.findIndex((floor) => floor >= this.minimumAge);
    this.nobody = this.minimumAge > 0 && ageRow < 0;
    if (this.minimumAge > 0 && ageRow >= 0) required.push(AGE_ROW + ageRow);
    this.requiredRows = offsets(required);
    this.skillRows = offsets([...this.askedBits].map((bit) => SKILL_ROW + lowestBit(bit)));
    this.sectorRow = (INTEREST_ROW + lowestBit(sectorBit)) * words;
    this.candidates = new Candidates(limit);
  }

  /** Scans one group; `distance` is undefined for remote work. */
  group(group: number, distance: number | undefined): void {
    const { slab, mask, terms } = this;
    const at = group * GROUP_FIELDS;
    const count = slab.groups[at + G_COUNT]!;
    if (count === 0) return;
    const shared = slab.groups[at + G_MASK]! & mask;
    if (mask !== 0 && shared === 0) return;
    let matched = 0;
    for (let s = 0; s < this.asked; s++) if ((slab.groups[at + G_SKILLS]! & this.askedBits[s]!) !== 0) matched++;
    const distanceScore = distanceScoreOf(this.vacancy.remote, distance, slab.groups[at + G_RADIUS]!);
    const fixed = distanceScore * terms.distance + terms.rest;
    let worst = this.candidates.threshold;
    const interest = (slab.groups[at + G_INTERESTS]! & this.sectorBit) !== 0 ? terms.interests : 0;
    if (this.skillTerms[matched]! + interest + this.slotTerms[bitCount(shared)]! + fixed < worst) return;
    const { bits, rows } = slab;
    const start = slab.groups[at + G_START]!;
    for (let w = 0; w << 5 < count; w++) {
      const word = start + w;
      let candidates = -1;
      if (mask !== 0) {
        candidates = 0;
        for (let r = 0; r < this.slotRows.length; r++) candidates |= bits[this.slotRows[r]! + word]!;
      }
      for (let r = 0; r < this.requiredRows.length; r++) candidates &= bits[this.requiredRows[r]! + word]!;
      if (candidates !== 0 && this.plain + fixed < worst) candidates &= this.mayReach(word, fixed, worst);
      while (candidates !== 0) {
        const lowest = candidates & -candidates;
        candidates ^= lowest;
        const i = (w << 5) + 31 - Math.clz32(lowest);
        if (i >= count) break;
        const slot = (start << 5) + i;
        const row = slot * ROW;
        // The hard filters exactly, on integers (the feature rows may leave some in: centres past
        // the first few, VOG dates, ages and ranks are checked here).
        const overlap = rows[row + P_MASK]! & mask;
        if (mask !== 0 && overlap === 0) continue;
        if (this.centre >= 0 && rows[row + P_CENTRE] !== this.centre) continue;
        if (this.vogFrom !== 0 && rows[row + P_VOG]! < this.vogFrom) continue;
        if (this.minimumAge > 0 && rows[row + P_AGE]! < this.minimumAge) continue;
        if (rows[row + P_DUTCH]! < this.dutchAsked) continue;
        const score = this.exact && (rows[row + P_FLAGS]! & INEXACT) === 0 ? this.scoreOfRow(row, distanceScore, overlap) : this.scoreOfProfile(slot, distance);
        if (score < worst) continue;
        this.candidates.keep(score, slab.members[slot]!, distance);
        worst = this.candidates.threshold;
      }
    }
  }

  /** The volunteers kept, ranked: profiles are read best first, until none left can make the top. */
  ranked(): Ranked<MatchVolunteer>[] {
    return this.candidates.ranked((volunteer) => volunteer.volunteerId);
  }

  /**
   * Members of a word who may still beat `worst`: their count of asked skill bits (added up a bit
   * plane at a time, for up to seven skills) and interest bit bound their score from above (bits
   * may claim a skill or interest a member lacks, never the reverse). Beyond seven skills: anyone
   * with an asked skill bit or the sector's.
   */
  private mayReach(word: number, fixed: number, worst: number): number {
    const bits = this.slab.bits;
    const interested = bits[this.sectorRow + word]!;
    if (this.asked > 7) {
      let any = interested;
      for (let r = 0; r < this.skillRows.length; r++) any |= bits[this.skillRows[r]! + word]!;
      return any;
    }
    let ones = 0;
    let twos = 0;
    let fours = 0;
    for (let r = 0; r < this.skillRows.length; r++) {
      const held = bits[this.skillRows[r]! + word]!;
      const carry = ones & held;
      ones ^= held;
      fours |= twos & carry;
      twos ^= carry;
    }
    let reach = 0;
    for (let k = 0; k <= this.asked; k++) {
      const base = this.skillTerms[k]! + this.availabilityTerm + fixed;
      if (base + this.terms.interests < worst) continue;
      const exactly = ((k & 1) !== 0 ? ones : ~ones) & ((k & 2) !== 0 ? twos : ~twos) & ((k & 4) !== 0 ? fours : ~fours);
      reach |= base >= worst ? exactly : exactly & interested;
    }
    return reach;
  }

  /** The member's total from its row: the same components, in the same order, as componentScores and totalScore. */
  private scoreOfRow(row: number, distanceScore: number, overlap: number): number {
    const rows = this.slab.rows;
    let matched = 0;
    for (let s = 0; s < this.asked; s++) {
      const code = this.askedCodes[s]!;
      for (let k = 0; k < SKILL_CODES / 2; k++) {
        const pair = rows[row + P_SKILL_CODES + k]!;
        if ((pair & 0xffff) === code || pair >>> 16 === code) {
          matched++;
          break;
        }
      }
    }
    let interested = 0;
    for (let k = 0; k < INTEREST_CODES / 2; k++) {
      const pair = rows[row + P_INTEREST_CODES + k]!;
      if ((pair & 0xffff) === this.sectorCode || pair >>> 16 === this.sectorCode) interested = 1;
    }
    return weightedTotal(
      this.asked === 0 ? 1 : matched / this.asked,
      interested,
      distanceScore,
      this.mask === 0 ? 1 : bitCount(overlap) / this.slotsAsked,
      suitabilityShare(rows[row + P_FLAGS]!, this.suited),
      this.weights,
    );
  }

  /** The total from the profile, or -Infinity when it fails a hard filter. */
  private scoreOfProfile(slot: number, distance: number | undefined): number {
    const volunteer = this.slab.members[slot]!;
    if (failedFilter(volunteer, this.vacancy, this.context, distance) !== null) return Number.NEGATIVE_INFINITY;
    return totalScore(componentScores(volunteer, this.vacancy, distance), this.weights);
  }

}

/**
 * One query for the best vacancies for a volunteer: `bucket` scans one area's open vacancies (or
 * the region's remote ones); feature rows narrow them a word at a time, the packed rows apply the
 * hard filters and give the exact score, and `ranked` reads the profiles of those kept, best first.
 */
class VacancyScan {
  private readonly mask: number;
  private readonly radius: number;
  private readonly hasVog: boolean;
  /** The volunteer's VOG end as YYYYMMDD (0 for none) and today's. */
  private readonly vogDay: number;
  private readonly today: number;
  private readonly ownAge: number;
  private readonly ownDutch: number;
  private readonly ownSkills: number;
  private readonly ownInterests: number;
  /** StringPool numbers of the volunteer's skills and interests (-1 for a code no one else uses). */
  private readonly skillCodes: Int32Array;
  private readonly interestCodes: Int32Array;
  private readonly wishes: number;
  /** False when the volunteer's VOG date is not a plain date: every candidate is then scored from its profile. */
  private readonly exact: boolean;
  private readonly wanted: Int32Array;
  private readonly skillOrInterest: Int32Array;
  private readonly vogRequired = Int32Array.of(flagRow(VOG_REQUIRED));
  private readonly candidates: Candidates<MatchVacancy>;

  constructor(
    private readonly volunteer: MatchVolunteer,
    private readonly context: MatchContext,
    private readonly offered: boolean[],
    limit: number,
    private readonly withoutHelpRequests: boolean,
    pool: StringPool,
    private readonly weights: Weights,
    private readonly terms: Terms,
  ) {
    this.mask = volunteer.availabilityMask;
    this.radius = volunteer.travelRadiusKm;
    this.hasVog = volunteer.vogValidUntil !== null;
    this.vogDay = dayNumber(volunteer.vogValidUntil);
    this.today = dayNumber(context.today);
    this.exact = volunteer.vogValidUntil === null || isPlainDate(volunteer.vogValidUntil);
    this.ownAge = volunteer.ageFloor ?? -1;
    this.ownDutch = volunteer.dutchRank;
    this.ownSkills = volunteer.skillBits;
    this.ownInterests = volunteer.interestBits;
    this.skillCodes = Int32Array.from(volunteer.skills, (skill) => pool.knownNumber(skill));
    this.interestCodes = Int32Array.from(volunteer.interests, (interest) => pool.knownNumber(interest));
    this.wishes = suitabilityFlagsOf(volunteer);
    // Vacancies at one of the volunteer's slots or without fixed times (a hard filter); once the
    // top's last beats what a vacancy asking none of their skills, in a sector they have no interest
    // in, could reach, only those asking one of their skills (or none) or in one of their sectors.
    this.wanted = slotRows(this.mask, NO_TIMES);
    this.skillOrInterest = skillAndInterestRows(this.ownSkills, this.ownInterests, NO_SKILLS);
    this.candidates = new Candidates(limit);
  }

  /** Scans a bucket whose vacancies can score at most `bound`; false when that cannot beat the top's last (nor can any farther). */
  bucket(bucket: VacancyBucket, distance: number | undefined, bound: number): boolean {
    let worst = this.candidates.threshold;
    if (bound < worst) return false;
    const { terms, mask } = this;
    const distanceScore = distanceScoreOf(distance === undefined, distance, this.radius);
    const fixed = distanceScore * terms.distance + terms.rest;
    const { members, rows, features } = bucket;
    const data = rows.data;
    const count = rows.count;
    for (let word = 0; word << 5 < count; word++) {
      let candidates = features.any(this.wanted, word);
      if (!this.hasVog) candidates &= ~features.any(this.vogRequired, word);
      if (terms.availability + fixed < worst) candidates &= features.any(this.skillOrInterest, word);
      while (candidates !== 0) {
        const lowest = candidates & -candidates;
        candidates ^= lowest;
        const i = (word << 5) + 31 - Math.clz32(lowest);
        if (i >= count) break;
        const at = i * ROW_FIELDS;
        const times = data[at + V_MASK]!;
        if (times !== 0 && (times & mask) === 0) continue;
        if (!this.offered[data[at + V_CENTRE]!]) continue;
        if (data[at + V_VOG] === 1 && !this.hasVog) continue;
        const minimumAge = data[at + V_MINIMUM_AGE]!;
        if (minimumAge > 0 && minimumAge > this.ownAge) continue;
        if (data[at + V_DUTCH]! > this.ownDutch) continue;
        const flags = data[at + V_FLAGS]!;
        if ((flags & NO_PLACES_LEFT) !== 0 || (this.withoutHelpRequests && (flags & HELP_REQUEST) !== 0)) continue;
        const asked = data[at + V_SKILLS]!;
        const skillCount = data[at + V_SKILL_COUNT]!;
        const skillBound = asked === 0 ? 1 : skillCount > 0 ? bitCount(asked & this.ownSkills) / skillCount : (asked & this.ownSkills) !== 0 ? 1 : 0;
        // The availability component exactly, as componentScores has it.
        const availability = times === 0 ? 1 : bitCount(times & mask) / bitCount(times);
        if (skillBound * terms.skills + ((data[at + V_SECTOR]! & this.ownInterests) !== 0 ? terms.interests : 0) + availability * terms.availability + fixed < worst) continue;
        let score: number;
        if (this.exact && (flags & INEXACT_VACANCY) === 0) {
          // failedFilter's 'past' and 'vog' rules on the row's days.
          const lastDay = data[at + V_LAST_DAY]!;
          if (lastDay !== 0 && lastDay < this.today) continue;
          if (data[at + V_VOG] === 1 && this.vogDay < Math.max(data[at + V_FIRST_DAY]!, this.today)) continue;
          score = this.scoreOfRow(at, data, distanceScore, availability, flags);
        } else {
          const vacancy = members[i]!;
          score = failedFilter(this.volunteer, vacancy, this.context, distance) !== null ? Number.NEGATIVE_INFINITY : totalScore(componentScores(this.volunteer, vacancy, distance), this.weights);
        }
        if (score < worst) continue;
        this.candidates.keep(score, members[i]!, distance);
        worst = this.candidates.threshold;
      }
    }
    return true;
  }

  /** The vacancies kept, ranked: profiles are read best first, until none left can make the top. */
  ranked(): Ranked<MatchVacancy>[] {
    return this.candidates.ranked((vacancy) => vacancy.vacancyId);
  }

  /** The pair's total from the vacancy's row: the same components, in the same order, as componentScores and totalScore. */
  private scoreOfRow(at: number, data: Int32Array, distanceScore: number, availability: number, flags: number): number {
    const asked = data[at + V_ASKED]!;
    let matched = 0;
    for (let k = 0; k < asked; k++) {
      const pair = data[at + V_SKILL_CODES + (k >>> 1)]!;
      const code = (k & 1) === 0 ? pair & 0xffff : pair >>> 16;
      if (this.skillCodes.includes(code)) matched++;
    }
    return weightedTotal(
      asked === 0 ? 1 : matched / asked,
      this.interestCodes.includes(data[at + V_SECTOR_CODE]!) ? 1 : 0,
      distanceScore,
      availability,
      suitabilityShare(this.wishes, flags),
      this.weights,
    );
  }
}

/**
 * The first pass's candidates: every one scoring at least the `limit`-th best so far is kept (a
 * candidate is only counted once it passed every hard filter, so that score is a real bound).
 * `ranked` reads them best first into the top (ties by id), stopping when none left can enter.
 */
class Candidates<T> {
  /** The `limit` best scores so far, ascending: best[0] is the score to beat. */
  private readonly best: Float64Array;
  private readonly scores: number[] = [];
  private readonly items: T[] = [];
  private readonly distances: Array<number | undefined> = [];

  constructor(private readonly limit: number) {
    this.best = new Float64Array(limit).fill(-1);
  }

  get threshold(): number {
    return this.best[0]!;
  }

  keep(score: number, item: T, distance: number | undefined): void {
    this.scores.push(score);
    this.items.push(item);
    this.distances.push(distance);
    const best = this.best;
    let k = 0;
    while (k + 1 < best.length && best[k + 1]! < score) {
      best[k] = best[k + 1]!;
      k++;
    }
    best[k] = score;
  }

  ranked(idOf: (item: T) => string): Ranked<T>[] {
    const { scores } = this;
    const order: number[] = [];
    for (let i = 0; i < scores.length; i++) if (scores[i]! >= this.threshold) order.push(i);
    order.sort((a, b) => scores[b]! - scores[a]!);
    const top = new TopN<T>(this.limit);
    for (const i of order) {
      if (scores[i]! < top.worstScore()) break;
      const item = this.items[i]!;
      top.offer(idOf(item), item, scores[i]!, this.distances[i]);
    }
    return top.ranked;
  }
}


/** Weekly slots (7 days x 3 parts): the most an availability mask holds. */
const SLOTS = 21;

/** Far above the rounding of a sum of five terms in [0, 1], far below any real difference in scores. */
const BOUND_SLACK = 1e-9;

/** The features of the vacancy at `position` of a bucket, from its packed row, as MemberFeatures takes them. */
function vacancyFeatures(bucket: VacancyBucket, position: number, use: (slots: number, skills: number, interests: number, flags: number) => void): void {
  const at = position * ROW_FIELDS;
  const data = bucket.rows.data;
  const times = data[at + V_MASK]!;
  const skills = data[at + V_SKILLS]!;
  const flags = (times === 0 ? NO_TIMES : 0) | (skills === 0 ? NO_SKILLS : 0) | (data[at + V_VOG] === 1 ? VOG_REQUIRED : 0);
  use(times, skills, data[at + V_SECTOR]!, flags);
}

function mapIn<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

/**
 * One region's areas in order of distance from a query's area, computed once per area and kept
 * until the region gains an area: a query walks them nearest first and stops at the farthest reach,
 * instead of a great-circle distance to every area of the region on every query.
 */
class AreasByDistance<B extends { centroid: Pc4Centroid | undefined }> {
  private readonly orders = new Map<string, ReadonlyArray<{ bucket: B; distance: number }>>();

  constructor(private readonly areas: Map<string, B>) {}

  from(area: string, origin: Pc4Centroid): ReadonlyArray<{ bucket: B; distance: number }> {
    let order = this.orders.get(area);
    if (!order) {
      const list: Array<{ bucket: B; distance: number }> = [];
      for (const bucket of this.areas.values()) if (bucket.centroid) list.push({ bucket, distance: greatCircleKm(origin, bucket.centroid) });
      this.orders.set(area, (order = list.sort((a, b) => a.distance - b.distance)));
    }
    return order;
  }

  /** A new area: every order may need it. */
  forget(): void {
    this.orders.clear();
  }
}
