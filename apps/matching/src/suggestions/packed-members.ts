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
 * slot, a skill bit, an interest bit (StringPool bits, 30 of each). A query ORs the rows it asks
 * for, a word of 32 members at a time, and looks only at the members set in the result instead of
 * testing every member of every group in reach (ADR 10).
 */
export class MemberFeatures {
  /** Words per row; rows are laid out one after the other in `bits`. */
  private words = 1;
  private bits = new Int32Array(FEATURES);

  /** Marks the member at `position` as having the features of its slot mask and skill and interest bits. */
  add(position: number, slots: number, skills: number, interests: number): void {
    if (position >= this.words * 32) this.grow(position);
    this.mark(position, slots, skills, interests, true);
  }

  remove(position: number, slots: number, skills: number, interests: number): void {
    this.mark(position, slots, skills, interests, false);
  }

  /** The OR of the given rows over word `word`: bit b set when member word * 32 + b has any of them. */
  any(rows: Int32Array, word: number): number {
    let union = 0;
    for (let r = 0; r < rows.length; r++) union |= this.bits[rows[r]! * this.words + word]!;
    return union;
  }

  private mark(position: number, slots: number, skills: number, interests: number, on: boolean): void {
    const word = position >>> 5;
    const bit = 1 << (position & 31);
    const apply = (row: number) => {
      const at = row * this.words + word;
      this.bits[at] = on ? this.bits[at]! | bit : this.bits[at]! & ~bit;
    };
    for (let m = slots; m !== 0; m &= m - 1) apply(SLOT_ROW + lowestBit(m));
    for (let m = skills; m !== 0; m &= m - 1) apply(SKILL_ROW + lowestBit(m));
    for (let m = interests; m !== 0; m &= m - 1) apply(INTEREST_ROW + lowestBit(m));
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
const FEATURES = 81;

/** Index of the lowest set bit (mask not 0). */
export function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

/** The rows of each slot of a mask. */
export function slotRows(mask: number): Int32Array {
  return rowsOf(SLOT_ROW, mask);
}

/** The rows of skill bits and of interest bits a query asks for, as one list (their OR). */
export function skillAndInterestRows(skills: number, interests: number): Int32Array {
  const rows = [...rowsOf(SKILL_ROW, skills), ...rowsOf(INTEREST_ROW, interests)];
  return Int32Array.from(rows);
}

function rowsOf(first: number, mask: number): Int32Array {
  const rows: number[] = [];
  for (let m = mask; m !== 0; m &= m - 1) rows.push(first + lowestBit(m));
  return Int32Array.from(rows);
}
