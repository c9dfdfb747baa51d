import { distanceKm as greatCircleKm, type Pc4Centroid, type Pc4Centroids } from '@vc/geo';
import type { CentreRecord, OrganisationRecord, ReadModelChange, VacancyRecord } from '../read-models/read-model-change.js';
import { flagRow, MemberFeatures, NO_SKILLS, NO_TIMES, PackedRows, skillAndInterestRows, slotRows, VOG_REQUIRED } from './packed-members.js';
import { matchVacancyOf, matchVolunteerOf, StringPool, type MatchVacancy, type MatchVolunteer } from './scoring/match-profiles.js';
import { bitCount, componentScores, distanceScoreOf, failedFilter, scoreUpperBound, startDateOf, totalScore, type MatchContext, type Weights } from './scoring/scoring.js';

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
 * the profiles (see VolunteerGroup): a volunteer's query rules most out on integers alone.
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

/**
 * Active volunteers of one postcode area, grouped by travel radius (people pick from a few
 * values), so a whole group out of reach is skipped without looking at anyone in it.
 */
interface AreaBucket {
  centroid: Pc4Centroid | undefined;
  byRadius: Map<number, VolunteerGroup>;
  /** The same groups, widest radius first: a query stops at the first one that does not reach. */
  groups: VolunteerGroup[];
}

/**
 * Volunteers of one area and travel radius, as parallel packed arrays of small integers beside the
 * profiles: a query scans the integers (availability, centre, VOG end, skill and interest bits) and
 * touches a profile only for the few that may make the top. Walking the objects, scattered over a
 * big heap, was most of a query's time.
 */
interface VolunteerGroup {
  radius: number;
  members: MatchVolunteer[];
  /** Per member (fields P_*): what a vacancy's query rules most out with. */
  rows: PackedRows;
  /**
   * Every bit any member ever had (not cleared on removal: a bound, not a count), so a query
   * bounds the whole group's skills, interest and availability before scanning it.
   */
  maskUnion: number;
  skillUnion: number;
  interestUnion: number;
  /** Who has which slot, skill bit and interest bit: a query visits only members that may qualify. */
  features: MemberFeatures;
}

/** Fields of a volunteer's packed row. */
const P_MASK = 0;
/** StringPool bits: set for every skill or interest held (maybe for others too). */
const P_SKILLS = 1;
const P_INTERESTS = 2;
/** The index's number of the volunteer's centre. */
const P_CENTRE = 3;
/** VOG end as YYYYMMDD; 0 without a VOG. */
const P_VOG = 4;
/** Youngest age of the age band (-1 when unknown) and CEFR rank: failedFilter's rules on integers. */
const P_AGE = 5;
const P_DUTCH = 6;
const ROW_FIELDS = 8;

function newVolunteerGroup(radius: number): VolunteerGroup {
  return { radius, members: [], rows: new PackedRows(ROW_FIELDS), maskUnion: 0, skillUnion: 0, interestUnion: 0, features: new MemberFeatures() };
}

/** `YYYY-MM-DD` as a number that sorts the same; 0 for none. */
function dayNumber(date: string | null): number {
  if (date === null) return 0;
  const day = Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
  // Not a plain date (never expected): a number that passes every bound, leaving it to failedFilter.
  return Number.isInteger(day) && day <= 0x7fffffff ? day : 0x7fffffff;
}

/** Candidates whose distance component is the same for all: visited best bound first. */
interface Visit<T> {
  members: T;
  distance: number | undefined;
  /** The volunteers' travel radius. */
  radius: number;
  /** No member can score more than this. */
  bound: number;
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
  /** Active volunteers by region, then postcode area; those without an area fit remote work only. */
  private readonly volunteerAreas = new Map<string, Map<string, AreaBucket>>();
  private readonly volunteersWithoutArea = new Map<string, VolunteerGroup>();
  /** Open vacancies by region, then postcode area; remote ones apart. */
  private readonly vacancyAreas = new Map<string, Map<string, VacancyBucket>>();
  private readonly remoteVacancies = new Map<string, VacancyBucket>();
  /** Per region, each kind's areas in order of distance from a query's area (see AreasByDistance). */
  private readonly volunteerAreaOrders = new Map<string, AreasByDistance<AreaBucket>>();
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
    for (const map of [this.volunteers, this.vacancies, this.organisations, this.centres, this.volunteerAreas, this.volunteersWithoutArea, this.vacancyAreas, this.remoteVacancies, this.volunteerAreaOrders, this.vacancyAreaOrders]) {
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
   * Best open vacancies for a volunteer; `accept` narrows them further (e.g. no help requests).
   * Areas are visited best bound first (by distance); within one, packed integers rule out most
   * vacancies (not at the volunteer's times, a centre that does not offer it, a VOG the volunteer
   * lacks, no skill and no interest to beat the top's last) before a profile is read (ADR 10).
   */
  topVacanciesFor(volunteerId: string, limit: number, today: string, accept: (v: MatchVacancy) => boolean = () => true): Ranked<MatchVacancy>[] {
    const volunteer = this.volunteers.get(volunteerId);
    if (!volunteer || !volunteer.active) return [];
    const context = this.context(today);
    const top = new TopN<MatchVacancy>(limit);
    const ownCentre = this.centreNumber(volunteer.centreId);
    // Exactly failedFilter's 'centre' rule, per centre number.
    const offered: boolean[] = [];
    for (const [centreId, number] of this.centreNumbers) offered[number] = number === ownCentre || context.sharesVacancies(centreId);
    const hasVog = volunteer.vogValidUntil !== null;
    const ownSkills = volunteer.skillBits;
    const ownInterests = volunteer.interestBits;
    const mask = volunteer.availabilityMask;
    const ownAge = volunteer.ageFloor ?? -1;
    const ownDutch = volunteer.dutchRank;
    const radius = volunteer.travelRadiusKm;
    const visits: Array<Visit<VacancyBucket>> = [];
    const remote = this.remoteVacancies.get(volunteer.regionId);
    if (remote) visits.push({ members: remote, distance: undefined, bound: this.bound(1, 1, 1), radius });
    const origin = volunteer.postcodeArea === null ? undefined : this.centroids.centroidOf(volunteer.postcodeArea);
    const areas = origin && this.vacancyAreaOrders.get(volunteer.regionId)?.from(volunteer.postcodeArea!, origin);
    for (const { bucket, distance } of areas ?? []) {
      if (distance > radius) break;
      visits.push({ members: bucket, distance, bound: this.bound(1, 1, distanceScoreOf(false, distance, radius)), radius });
    }
    // Each vacancy's bound is a sum of per-component terms: skills matched (or any skill may be
    // held, when two asked skills share a bit), interest in the sector, slots shared; the distance
    // term is the area's.
    const terms = this.termsOf();
    // Vacancies at one of the volunteer's slots or without fixed times (a hard filter); once the
    // top's last beats what a vacancy asking none of their skills, in a sector they have no interest
    // in, could reach, only those asking one of their skills (or none) or in one of their sectors.
    const wanted = slotRows(mask, NO_TIMES);
    const skillOrInterest = skillAndInterestRows(ownSkills, ownInterests, NO_SKILLS);
    const vogRequired = Int32Array.of(flagRow(VOG_REQUIRED));
    const withoutSkillOrInterest = terms.availability;
    bestFirst(visits, top, ({ members: bucket, distance }) => {
      const fixed = distanceScoreOf(distance === undefined, distance, radius) * terms.distance + terms.rest;
      const { members, rows, features } = bucket;
      const data = rows.data;
      const count = rows.count;
      let worst = top.worstScore();
      for (let word = 0; word << 5 < count; word++) {
        let candidates = features.any(wanted, word);
        if (!hasVog) candidates &= ~features.any(vogRequired, word);
        if (withoutSkillOrInterest + fixed < worst) candidates &= features.any(skillOrInterest, word);
        while (candidates !== 0) {
          const lowest = candidates & -candidates;
          candidates ^= lowest;
          const i = (word << 5) + 31 - Math.clz32(lowest);
          if (i >= count) break;
          const at = i * ROW_FIELDS;
          const times = data[at + V_MASK]!;
          if (times !== 0 && (times & mask) === 0) continue;
          if (!offered[data[at + V_CENTRE]!]) continue;
          if (data[at + V_VOG] === 1 && !hasVog) continue;
          const minimumAge = data[at + V_MINIMUM_AGE]!;
          if (minimumAge > 0 && minimumAge > ownAge) continue;
          if (data[at + V_DUTCH]! > ownDutch) continue;
          const asked = data[at + V_SKILLS]!;
          const skillCount = data[at + V_SKILL_COUNT]!;
          const skills = asked === 0 ? 1 : skillCount > 0 ? bitCount(asked & ownSkills) / skillCount : (asked & ownSkills) !== 0 ? 1 : 0;
          // The availability component exactly, as componentScores has it.
          const availability = times === 0 ? 1 : bitCount(times & mask) / bitCount(times);
          const bound = skills * terms.skills + ((data[at + V_SECTOR]! & ownInterests) !== 0 ? terms.interests : 0) + availability * terms.availability + fixed;
          if (bound < worst) continue;
          const vacancy = members[i]!;
          if (!accept(vacancy) || failedFilter(volunteer, vacancy, context, distance) !== null) continue;
          top.offer(vacancy.vacancyId, vacancy, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
          worst = top.worstScore();
        }
      }
    });
    return top.ranked;
  }

  /**
   * Best active volunteers for a vacancy; `accept` narrows them (e.g. to the caller's centre).
   * Groups (one area and travel radius) are visited best bound first; within one, packed integers
   * rule out most volunteers (not free then, another centre that does not share, VOG ends too
   * soon, too few skills or no interest to beat the top's last) before a profile is read.
   */
  topVolunteersFor(vacancyId: string, limit: number, today: string, accept: (v: MatchVolunteer) => boolean = () => true): Ranked<MatchVolunteer>[] {
    const vacancy = this.vacancies.get(vacancyId)?.match;
    if (!vacancy || !vacancy.open) return [];
    const context = this.context(today);
    const top = new TopN<MatchVolunteer>(limit);
    const mask = vacancy.availabilityMask;
    // Exactly failedFilter's 'centre' rule: -1 when every centre of the region may be offered it.
    const onlyCentre = context.sharesVacancies(vacancy.centreId) ? -1 : this.centreNumber(vacancy.centreId);
    // And its 'vog' rule for want of a VOG, or of one still valid at the start.
    const vogFrom = vacancy.vogRequired ? dayNumber(startDateOf(vacancy, today)) : 0;
    const minimumAge = vacancy.minimumAge ?? 0;
    const dutchAsked = vacancy.dutchRank;
    const asked = vacancy.skills.length;
    const askedBits = vacancy.skills.map((skill) => this.pool.bitOf(skill));
    const sectorBit = this.pool.bitOf(vacancy.sector);
    const slotsAsked = bitCount(mask);
    // Each member's bound is a sum of per-component terms looked up by small integers: skills
    // matched, interest, slots shared; the distance term is the group's.
    const terms = this.termsOf();
    const skillTerms = new Float64Array(asked + 1);
    for (let m = 0; m <= asked; m++) skillTerms[m] = (asked === 0 ? 1 : m / asked) * terms.skills;
    const slotTerms = new Float64Array(SLOTS + 1);
    for (let c = 0; c <= SLOTS; c++) slotTerms[c] = (mask === 0 ? 1 : c / slotsAsked) * terms.availability;
    const visits: Array<Visit<VolunteerGroup>> = [];
    const visitGroup = (group: VolunteerGroup, distance: number | undefined, radius: number) => {
      const shared = group.maskUnion & mask;
      if (mask !== 0 && shared === 0) return;
      let matched = 0;
      for (let s = 0; s < asked; s++) if ((group.skillUnion & askedBits[s]!) !== 0) matched++;
      const bound =
        skillTerms[matched]! +
        ((group.interestUnion & sectorBit) !== 0 ? terms.interests : 0) +
        slotTerms[bitCount(shared)]! +
        distanceScoreOf(vacancy.remote, distance, radius) * terms.distance +
        terms.rest;
      visits.push({ members: group, distance, bound, radius });
    };
    const target = vacancy.remote || vacancy.postcodeArea === null ? undefined : this.centroids.centroidOf(vacancy.postcodeArea);
    if (!vacancy.remote && !target) return [];
    if (target) {
      for (const { bucket, distance } of this.volunteerAreaOrders.get(vacancy.regionId)?.from(vacancy.postcodeArea!, target) ?? []) {
        // Nearest areas first, each area's groups widest radius first: stop where none reaches.
        if (distance > this.widestRadius) break;
        for (const group of bucket.groups) {
          if (group.radius < distance) break;
          visitGroup(group, distance, group.radius);
        }
      }
    } else {
      for (const bucket of this.volunteerAreas.get(vacancy.regionId)?.values() ?? []) for (const group of bucket.groups) visitGroup(group, undefined, group.radius);
    }
    const withoutArea = this.volunteersWithoutArea.get(vacancy.regionId);
    if (vacancy.remote && withoutArea) visitGroup(withoutArea, undefined, 0);
    const interestTerm = terms.interests;
    // A member with no asked skill and no interest in the sector scores at most this plus the
    // distance term: once the top's last beats that, only members with one of them are looked at.
    const withoutSkillOrInterest = skillTerms[0]! + slotTerms[mask === 0 ? 0 : slotsAsked]!;
    const slotsWanted = slotRows(mask);
    const skillOrInterest = skillAndInterestRows(askedBits.reduce((union, bit) => union | bit, 0), sectorBit);
    bestFirst(visits, top, ({ members: group, distance, radius }) => {
      const fixed = distanceScoreOf(vacancy.remote, distance, radius) * terms.distance + terms.rest;
      const { members, rows, features } = group;
      const data = rows.data;
      const count = rows.count;
      let worst = top.worstScore();
      for (let word = 0; word << 5 < count; word++) {
        // Members free at one of the asked slots (all when none is asked), with a skill or the interest when it takes one.
        let candidates = mask === 0 ? -1 : features.any(slotsWanted, word);
        if (withoutSkillOrInterest + fixed < worst) candidates &= features.any(skillOrInterest, word);
        while (candidates !== 0) {
          const lowest = candidates & -candidates;
          candidates ^= lowest;
          const i = (word << 5) + 31 - Math.clz32(lowest);
          if (i >= count) break;
          const at = i * ROW_FIELDS;
          const overlap = data[at + P_MASK]! & mask;
          if (mask !== 0 && overlap === 0) continue;
          if (onlyCentre >= 0 && data[at + P_CENTRE] !== onlyCentre) continue;
          if (vogFrom !== 0 && data[at + P_VOG]! < vogFrom) continue;
          if (minimumAge > 0 && data[at + P_AGE]! < minimumAge) continue;
          if (data[at + P_DUTCH]! < dutchAsked) continue;
          // At least the skills matched and the interest: bits may claim more, never less.
          const ownSkills = data[at + P_SKILLS]!;
          let matched = 0;
          for (let s = 0; s < asked; s++) if ((ownSkills & askedBits[s]!) !== 0) matched++;
          const bound = skillTerms[matched]! + ((data[at + P_INTERESTS]! & sectorBit) !== 0 ? interestTerm : 0) + slotTerms[bitCount(overlap)]! + fixed;
          if (bound < worst) continue;
          const volunteer = members[i]!;
          if (!accept(volunteer) || failedFilter(volunteer, vacancy, context, distance) !== null) continue;
          top.offer(volunteer.volunteerId, volunteer, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
          worst = top.worstScore();
        }
      }
    });
    return top.ranked;
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
  private termsOf(): { skills: number; interests: number; distance: number; availability: number; rest: number } {
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
    let group: VolunteerGroup | undefined;
    if (match.postcodeArea === null) {
      group = this.volunteersWithoutArea.get(match.regionId);
      if (!group) this.volunteersWithoutArea.set(match.regionId, (group = newVolunteerGroup(0)));
    } else {
      const areas = mapIn(this.volunteerAreas, match.regionId);
      let bucket = areas.get(match.postcodeArea);
      if (!bucket) {
        areas.set(match.postcodeArea, (bucket = { centroid: this.centroids.centroidOf(match.postcodeArea), byRadius: new Map(), groups: [] }));
        this.areaOrderOf(this.volunteerAreaOrders, match.regionId, areas).forget();
      }
      group = bucket.byRadius.get(match.travelRadiusKm);
      if (!group) {
        bucket.byRadius.set(match.travelRadiusKm, (group = newVolunteerGroup(match.travelRadiusKm)));
        bucket.groups = [...bucket.byRadius.values()].sort((a, b) => b.radius - a.radius);
        if (match.travelRadiusKm > this.widestRadius) this.widestRadius = match.travelRadiusKm;
      }
    }
    group.features.add(group.members.length, match.availabilityMask, match.skillBits, match.interestBits);
    this.positions.set(match, group.members.length);
    group.members.push(match);
    const at = group.rows.append();
    const data = group.rows.data;
    data[at + P_MASK] = match.availabilityMask;
    data[at + P_SKILLS] = match.skillBits;
    data[at + P_INTERESTS] = match.interestBits;
    data[at + P_CENTRE] = this.centreNumber(match.centreId);
    data[at + P_VOG] = dayNumber(match.vogValidUntil);
    data[at + P_AGE] = match.ageFloor ?? -1;
    data[at + P_DUTCH] = match.dutchRank;
    group.maskUnion |= match.availabilityMask;
    group.skillUnion |= match.skillBits;
    group.interestUnion |= match.interestBits;
  }

  private removeVolunteer(volunteerId: string): void {
    const existing = this.volunteers.get(volunteerId);
    if (!existing) return;
    this.volunteers.delete(volunteerId);
    if (!existing.active) return;
    const bucket = existing.postcodeArea === null ? undefined : this.volunteerAreas.get(existing.regionId)?.get(existing.postcodeArea);
    const group = existing.postcodeArea === null ? this.volunteersWithoutArea.get(existing.regionId) : bucket?.byRadius.get(existing.travelRadiusKm);
    const position = this.positions.get(existing);
    if (!group || position === undefined) return;
    this.positions.delete(existing);
    // Swap-remove: order within a group does not matter (ties are broken by id).
    const last = group.members.length - 1;
    group.features.remove(position, existing.availabilityMask, existing.skillBits, existing.interestBits);
    if (position !== last) {
      const moved = group.members[last]!;
      group.features.remove(last, moved.availabilityMask, moved.skillBits, moved.interestBits);
      group.features.add(position, moved.availabilityMask, moved.skillBits, moved.interestBits);
      group.members[position] = moved;
      this.positions.set(moved, position);
    }
    group.members.pop();
    group.rows.swapRemove(position);
    if (group.members.length === 0 && bucket) {
      bucket.byRadius.delete(existing.travelRadiusKm);
      bucket.groups = bucket.groups.filter((g) => g !== group);
    }
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

/**
 * Visits the best bounds first and stops when none left can beat the top's last (a bound below its
 * score). Bins of 1/64 instead of a sort: there are thousands of visits and a handful are made.
 */
function bestFirst<T extends { bound: number }>(visits: readonly T[], top: { worstScore(): number }, visit: (v: T) => void): void {
  const bins: T[][] = Array.from({ length: BINS }, () => []);
  for (const v of visits) bins[Math.max(0, Math.min(BINS - 1, Math.floor(v.bound * BINS)))]!.push(v);
  for (let b = BINS - 1; b >= 0; b--) {
    // Every bound in this bin and below is under (b + 1) / BINS (the top bin holds any above 1).
    if (b < BINS - 1 && (b + 1) / BINS <= top.worstScore()) return;
    for (const v of bins[b]!) if (v.bound >= top.worstScore()) visit(v);
  }
}

const BINS = 64;

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
