import type { Pc4Centroid } from '@vc/geo';
import { lowestBit } from './packed-members.js';
import { AGE_FLOORS } from './scoring/match-profiles.js';

/*
 * One region's active volunteers in a few region-wide typed arrays (ADR 56). Volunteers are grouped
 * by postcode area and travel radius (a query skips a whole group out of reach), and each group
 * holds a run of whole 32-member words in every array: its members' rows one after the other, and
 * one bit per member in each feature row. A query for a vacancy reads the same few feature rows for
 * hundreds of neighbouring groups; with one small array per group it touched a dozen scattered
 * cache lines per group, and that, not the arithmetic, was most of its time.
 */

/** Fields of a member's row (ROW ints each). */
export const P_MASK = 0;
/** StringPool bits: set for every skill or interest held (maybe for others too). */
export const P_SKILLS = 1;
export const P_INTERESTS = 2;
/** The index's number of the volunteer's centre. */
export const P_CENTRE = 3;
/** VOG end as YYYYMMDD; 0 without a VOG. */
export const P_VOG = 4;
/** Youngest age of the age band (-1 when unknown) and CEFR rank. */
export const P_AGE = 5;
export const P_DUTCH = 6;
/** Suitability flags (scoring's SUITABILITY_*) and INEXACT. */
export const P_FLAGS = 7;
/** StringPool numbers of the skills and interests held, two of 16 bits per int, 0 for none. */
export const P_SKILL_CODES = 8;
export const P_INTEREST_CODES = 12;
export const SKILL_CODES = 8;
export const INTEREST_CODES = 4;
export const ROW = 16;
/**
 * Set when the row cannot score its member alone: more skills or interests than it has room for,
 * a code numbered past 16 bits, or a VOG date that is not a plain date. Such members are scored
 * from their profile.
 */
export const INEXACT = 1 << 8;

/** Feature rows: which members have a weekly slot, a skill bit, an interest bit, ... */
export const SLOT_ROW = 0;
export const SKILL_ROW = 21;
export const INTEREST_ROW = 51;
/** ... belong to one of the region's first centres (by the index's number) ... */
export const CENTRE_ROW = 81;
export const CENTRE_ROWS = 8;
/** ... hold a VOG, speak Dutch at rank k or above (row DUTCH_ROW + k - 1) ... */
export const VOG_ROW = CENTRE_ROW + CENTRE_ROWS;
export const DUTCH_ROW = VOG_ROW + 1;
const DUTCH_RANKS = 6;
/** ... or are at least AGE_FLOORS[k] years old (row AGE_ROW + k). */
export const AGE_ROW = DUTCH_ROW + DUTCH_RANKS;
export const FEATURES = AGE_ROW + AGE_FLOORS.length;

/** Fields of a group (GROUP_FIELDS ints each in `groups`). */
export const G_START = 0;
export const G_COUNT = 1;
/** Words the group may fill before it moves. */
const G_WORDS = 2;
export const G_RADIUS = 3;
/** Every slot, skill bit and interest bit any member had since the group was last laid out: a bound. */
export const G_MASK = 4;
export const G_SKILLS = 5;
export const G_INTERESTS = 6;
export const GROUP_FIELDS = 8;

export interface SlabArea {
  centroid: Pc4Centroid | undefined;
  /** The area's groups, widest travel radius first: a query stops at the first that does not reach. */
  groups: number[];
  byRadius: Map<number, number>;
}

interface SlabArrays<T> {
  bits: Int32Array;
  rows: Int32Array;
  members: Array<T | undefined>;
  words: number;
}

export class VolunteerSlab<T> implements SlabArrays<T> {
  groups = new Int32Array(16 * GROUP_FIELDS);
  groupCount = 0;
  readonly areas = new Map<string, SlabArea>();
  /** Feature row r of word w is bits[r * words + w]. */
  bits = new Int32Array(0);
  /** The row of the member in slot s (word * 32 + position) starts at s * ROW. */
  rows = new Int32Array(0);
  members: Array<T | undefined> = [];
  /** Words the arrays hold, words handed out to groups, and words left behind by groups that moved. */
  words = 0;
  private used = 0;
  private dead = 0;
  private readonly groupAreas: Array<string | null> = [];
  private withoutArea = -1;

  constructor(private readonly centroidOf: (area: string) => Pc4Centroid | undefined) {}

  /** The group of an area (null: no area, fit for remote work only) and radius; created when `create`. */
  groupOf(area: string | null, radius: number, create: boolean): number {
    if (area === null) {
      if (this.withoutArea < 0 && create) this.withoutArea = this.newGroup(null, 0);
      return this.withoutArea;
    }
    let entry = this.areas.get(area);
    if (!entry) {
      if (!create) return -1;
      this.areas.set(area, (entry = { centroid: this.centroidOf(area), groups: [], byRadius: new Map() }));
    }
    let group = entry.byRadius.get(radius);
    if (group === undefined) {
      if (!create) return -1;
      entry.byRadius.set(radius, (group = this.newGroup(area, radius)));
      entry.groups = [...entry.byRadius.values()].sort((a, b) => this.groups[b * GROUP_FIELDS + G_RADIUS]! - this.groups[a * GROUP_FIELDS + G_RADIUS]!);
    }
    return group;
  }

  /** Adds a member with its row (ROW ints); returns its position in the group. */
  add(group: number, member: T, row: Int32Array): number {
    const at = group * GROUP_FIELDS;
    const count = this.groups[at + G_COUNT]!;
    if (count === this.groups[at + G_WORDS]! << 5) {
      // Dead words cost memory, and groups that moved sit far from their neighbours: past a
      // quarter of what is used, lay everything out anew (paid for by the moves that left them).
      if (this.dead > 64 && this.dead * 4 > this.used) this.compact();
      this.move(group, Math.max(1, this.groups[at + G_WORDS]! * 2));
    }
    const slot = (this.groups[at + G_START]! << 5) + count;
    this.rows.set(row, slot * ROW);
    this.members[slot] = member;
    this.mark(slot, true);
    this.groups[at + G_COUNT] = count + 1;
    this.groups[at + G_MASK]! |= row[P_MASK]!;
    this.groups[at + G_SKILLS]! |= row[P_SKILLS]!;
    this.groups[at + G_INTERESTS]! |= row[P_INTERESTS]!;
    return count;
  }

  /**
   * Removes the member at `position`, moving the group's last member into its place (order within
   * a group does not matter: ties are broken by id). Returns the member that moved, if any.
   */
  remove(group: number, position: number): T | undefined {
    const at = group * GROUP_FIELDS;
    const start = this.groups[at + G_START]! << 5;
    const last = this.groups[at + G_COUNT]! - 1;
    const slot = start + position;
    const lastSlot = start + last;
    this.mark(slot, false);
    let moved: T | undefined;
    if (position !== last) {
      this.mark(lastSlot, false);
      this.rows.copyWithin(slot * ROW, lastSlot * ROW, lastSlot * ROW + ROW);
      moved = this.members[slot] = this.members[lastSlot];
      this.mark(slot, true);
    }
    this.members[lastSlot] = undefined;
    this.groups[at + G_COUNT] = last;
    return moved;
  }

  /** The member at `position` of a group. */
  member(group: number, position: number): T | undefined {
    return this.members[(this.groups[group * GROUP_FIELDS + G_START]! << 5) + position];
  }

  private newGroup(area: string | null, radius: number): number {
    if ((this.groupCount + 1) * GROUP_FIELDS > this.groups.length) {
      const groups = new Int32Array(this.groups.length * 2);
      groups.set(this.groups);
      this.groups = groups;
    }
    const group = this.groupCount++;
    const at = group * GROUP_FIELDS;
    this.groups.fill(0, at, at + GROUP_FIELDS);
    this.groups[at + G_START] = this.used;
    this.groups[at + G_RADIUS] = radius;
    this.groupAreas[group] = area;
    return group;
  }

  /** Sets or clears the member's bit in each feature row its row has. */
  private mark(slot: number, on: boolean): void {
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    const bits = this.bits;
    const stride = this.words;
    const apply = (row: number) => {
      const at = row * stride + word;
      bits[at] = on ? bits[at]! | bit : bits[at]! & ~bit;
    };
    forEachFeature(this.rows, slot * ROW, apply);
  }

  /** Gives a full group `words` words at the end, leaving its old ones dead (until compacted). */
  private move(group: number, words: number): void {
    const at = group * GROUP_FIELDS;
    if (this.used + words > this.words) this.resize(Math.max(this.words * 2, this.used + words, 64));
    const from = this.groups[at + G_START]!;
    const held = this.groups[at + G_WORDS]!;
    const to = this.used;
    this.copyGroup(this, group, to);
    this.used += words;
    this.dead += held;
    this.groups[at + G_START] = to;
    this.groups[at + G_WORDS] = words;
    this.clearWords(from, held);
  }

  /** Copies a group's rows, members and feature bits from `source` (this slab or its old arrays) to word `to`. */
  private copyGroup(source: SlabArrays<T>, group: number, to: number): void {
    const at = group * GROUP_FIELDS;
    const from = this.groups[at + G_START]!;
    const count = this.groups[at + G_COUNT]!;
    const words = (count + 31) >>> 5;
    this.rows.set(source.rows.subarray((from << 5) * ROW, ((from << 5) + count) * ROW), (to << 5) * ROW);
    for (let i = 0; i < count; i++) this.members[(to << 5) + i] = source.members[(from << 5) + i];
    for (let row = 0; row < FEATURES; row++) {
      for (let w = 0; w < words; w++) this.bits[row * this.words + to + w] = source.bits[row * source.words + from + w]!;
    }
  }

  private clearWords(from: number, words: number): void {
    for (let i = from << 5; i < (from + words) << 5; i++) this.members[i] = undefined;
    for (let row = 0; row < FEATURES; row++) this.bits.fill(0, row * this.words + from, row * this.words + from + words);
  }

  /** Larger arrays, the same layout. */
  private resize(words: number): void {
    const bits = new Int32Array(FEATURES * words);
    for (let row = 0; row < FEATURES; row++) bits.set(this.bits.subarray(row * this.words, row * this.words + this.used), row * words);
    const rows = new Int32Array((words << 5) * ROW);
    rows.set(this.rows.subarray(0, (this.used << 5) * ROW));
    this.bits = bits;
    this.rows = rows;
    this.words = words;
    while (this.members.length < words << 5) this.members.push(undefined);
  }

  /**
   * Lays every group out again, area by area (in postcode order, so neighbouring areas sit close),
   * each in just the words it needs, and recomputes the groups' bounds from who is left.
   */
  compact(): void {
    const order = Array.from({ length: this.groupCount }, (_, g) => g).sort((a, b) => {
      const areaA = this.groupAreas[a]!;
      const areaB = this.groupAreas[b]!;
      if (areaA !== areaB) return areaA === null ? 1 : areaB === null ? -1 : areaA < areaB ? -1 : 1;
      return this.groups[b * GROUP_FIELDS + G_RADIUS]! - this.groups[a * GROUP_FIELDS + G_RADIUS]!;
    });
    let used = 0;
    for (const g of order) used += (this.groups[g * GROUP_FIELDS + G_COUNT]! + 31) >>> 5;
    const source: SlabArrays<T> = { bits: this.bits, rows: this.rows, members: this.members, words: this.words };
    // Room to grow by half before the first group has to move again.
    const words = Math.max(64, used + (used >>> 1));
    this.bits = new Int32Array(FEATURES * words);
    this.rows = new Int32Array((words << 5) * ROW);
    this.members = new Array<T | undefined>(words << 5).fill(undefined);
    this.words = words;
    let to = 0;
    for (const g of order) {
      const at = g * GROUP_FIELDS;
      this.copyGroup(source, g, to);
      const held = (this.groups[at + G_COUNT]! + 31) >>> 5;
      this.groups[at + G_START] = to;
      this.groups[at + G_WORDS] = held;
      let mask = 0;
      let skills = 0;
      let interests = 0;
      for (let slot = to << 5; slot < (to << 5) + this.groups[at + G_COUNT]!; slot++) {
        mask |= this.rows[slot * ROW + P_MASK]!;
        skills |= this.rows[slot * ROW + P_SKILLS]!;
        interests |= this.rows[slot * ROW + P_INTERESTS]!;
      }
      this.groups[at + G_MASK] = mask;
      this.groups[at + G_SKILLS] = skills;
      this.groups[at + G_INTERESTS] = interests;
      to += held;
    }
    this.used = to;
    this.dead = 0;
  }
}

/** Calls `use` with every feature row the member whose row starts at `at` has. */
export function forEachFeature(rows: Int32Array, at: number, use: (row: number) => void): void {
  for (let m = rows[at + P_MASK]!; m !== 0; m &= m - 1) use(SLOT_ROW + lowestBit(m));
  for (let m = rows[at + P_SKILLS]!; m !== 0; m &= m - 1) use(SKILL_ROW + lowestBit(m));
  for (let m = rows[at + P_INTERESTS]!; m !== 0; m &= m - 1) use(INTEREST_ROW + lowestBit(m));
  const centre = rows[at + P_CENTRE]!;
  if (centre < CENTRE_ROWS) use(CENTRE_ROW + centre);
  if (rows[at + P_VOG] !== 0) use(VOG_ROW);
  for (let rank = 1; rank <= Math.min(rows[at + P_DUTCH]!, DUTCH_RANKS); rank++) use(DUTCH_ROW + rank - 1);
  const age = rows[at + P_AGE]!;
  for (let k = 0; k < AGE_FLOORS.length; k++) if (age >= AGE_FLOORS[k]!) use(AGE_ROW + k);
}

