/**
 * A group's small integers, `stride` per member in one Int32Array: a scan reads one cache line per
 * member instead of one per column array. Members are swap-removed, so positions stay dense.
 */
export class PackedRows {
  data: Int32Array;
  count = 0;

  constructor(readonly stride: number) {
    this.data = new Int32Array(stride * 8);
  }

  /** Room for one more member; returns where its fields start. */
  append(): number {
    if ((this.count + 1) * this.stride > this.data.length) {
      const data = new Int32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    return this.count++ * this.stride;
  }

  /** Removes the member at `position`, moving the last one into its place (as the caller's other columns do). */
  swapRemove(position: number): void {
    const last = this.count - 1;
    if (position !== last) this.data.copyWithin(position * this.stride, last * this.stride, (last + 1) * this.stride);
    this.count--;
  }
}

/**
 * Which members of a group (by their position in the group's columns) have each feature: a weekly
 * slot, a skill bit, an interest bit (StringPool bits, 30 of each) and a few flags (for vacancies:
 * no fixed times, no skills asked, a VOG required). A query ORs the rows it asks for, a word of 32
 * members at a time, and looks only at the members set in the result instead of testing every
 * member of every group in reach (ADR 10). For a vacancy, "skills" are those it asks and its
 * "interest" is its sector.
 */
export class MemberFeatures {
  /** Words per row; rows are laid out one after the other in `bits`. */
  private words = 1;
  private bits = new Int32Array(FEATURES);

  /** Marks the member at `position` as having the features of its slot mask, skill and interest bits and flags. */
  add(position: number, slots: number, skills: number, interests: number, flags = 0): void {
    if (position >= this.words * 32) this.grow(position);
    this.mark(position, slots, skills, interests, flags, true);
  }

  remove(position: number, slots: number, skills: number, interests: number, flags = 0): void {
    this.mark(position, slots, skills, interests, flags, false);
  }

  /** The OR of the given rows over word `word`: bit b set when member word * 32 + b has any of them. */
  any(rows: Int32Array, word: number): number {
    let union = 0;
    for (let r = 0; r < rows.length; r++) union |= this.bits[rows[r]! * this.words + word]!;
    return union;
  }

  private mark(position: number, slots: number, skills: number, interests: number, flags: number, on: boolean): void {
    const word = position >>> 5;
    const bit = 1 << (position & 31);
    const apply = (row: number) => {
      const at = row * this.words + word;
      this.bits[at] = on ? this.bits[at]! | bit : this.bits[at]! & ~bit;
    };
    for (let m = slots; m !== 0; m &= m - 1) apply(SLOT_ROW + lowestBit(m));
    for (let m = skills; m !== 0; m &= m - 1) apply(SKILL_ROW + lowestBit(m));
    for (let m = interests; m !== 0; m &= m - 1) apply(INTEREST_ROW + lowestBit(m));
    for (let m = flags; m !== 0; m &= m - 1) apply(FLAG_ROW + lowestBit(m));
  }

  private grow(position: number): void {
    let words = this.words;
    while (position >= words * 32) words *= 2;
    const bits = new Int32Array(FEATURES * words);
    for (let row = 0; row < FEATURES; row++) bits.set(this.bits.subarray(row * this.words, (row + 1) * this.words), row * words);
    this.bits = bits;
    this.words = words;
  }
}

const SLOT_ROW = 0;
const SKILL_ROW = 21;
const INTEREST_ROW = 51;
const FLAG_ROW = 81;
const FEATURES = 84;

/** Flags of a vacancy, as rows of their own. */
export const NO_TIMES = 1;
export const NO_SKILLS = 2;
export const VOG_REQUIRED = 4;

/** The row of one flag (a single bit of the flags above). */
export function flagRow(flag: number): number {
  return FLAG_ROW + lowestBit(flag);
}

/** Index of the lowest set bit (mask not 0). */
export function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

/** The rows of each slot of a mask, and of the flags given. */
export function slotRows(mask: number, flags = 0): Int32Array {
  return Int32Array.from([...rowsOf(SLOT_ROW, mask), ...rowsOf(FLAG_ROW, flags)]);
}

/** The rows of skill bits, interest bits and flags a query asks for, as one list (their OR). */
export function skillAndInterestRows(skills: number, interests: number, flags = 0): Int32Array {
  const rows = [...rowsOf(SKILL_ROW, skills), ...rowsOf(INTEREST_ROW, interests), ...rowsOf(FLAG_ROW, flags)];
  return Int32Array.from(rows);
}

function rowsOf(first: number, mask: number): Int32Array {
  const rows: number[] = [];
  for (let m = mask; m !== 0; m &= m - 1) rows.push(first + lowestBit(m));
  return Int32Array.from(rows);
}
