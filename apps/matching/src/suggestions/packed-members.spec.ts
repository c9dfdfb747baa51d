import { seededRandom } from './synthetic-region.js';
import { MemberFeatures, PackedRows, skillAndInterestRows, slotRows } from './packed-members.js';

/** Members as plain objects, and the positions `any` should report for a query, computed the obvious way. */
interface Member {
  slots: number;
  skills: number;
  interests: number;
}

function expectedWord(members: Member[], word: number, slots: number, skills: number, interests: number): number {
  let bits = 0;
  for (let b = 0; b < 32; b++) {
    const m = members[word * 32 + b];
    if (m && ((m.slots & slots) !== 0 || (m.skills & skills) !== 0 || (m.interests & interests) !== 0)) bits |= 1 << b;
  }
  return bits;
}

describe('MemberFeatures', () => {
  it('tells which members have any asked slot, skill or interest, through growth and swap-removal', () => {
    const random = seededRandom(3);
    const bits = (max: number) => Math.floor(random() * 2 ** max) & Math.floor(random() * 2 ** max);
    const features = new MemberFeatures();
    const members: Member[] = [];
    for (let step = 0; step < 3_000; step++) {
      if (members.length > 0 && random() < 0.35) {
        // Swap-remove, as the index does.
        const position = Math.floor(random() * members.length);
        const last = members.length - 1;
        const removed = members[position]!;
        features.remove(position, removed.slots, removed.skills, removed.interests);
        if (position !== last) {
          const moved = members[last]!;
          features.remove(last, moved.slots, moved.skills, moved.interests);
          features.add(position, moved.slots, moved.skills, moved.interests);
          members[position] = moved;
        }
        members.pop();
      } else {
        const member = { slots: bits(21), skills: bits(30), interests: bits(30) };
        features.add(members.length, member.slots, member.skills, member.interests);
        members.push(member);
      }
    }
    expect(members.length).toBeGreaterThan(500);

    for (let query = 0; query < 50; query++) {
      const slots = bits(21);
      const skills = bits(30);
      const interests = bits(30);
      for (let word = 0; word * 32 < members.length + 64; word++) {
        const bySlot = word * 32 < members.length ? features.any(slotRows(slots), word) : 0;
        const bySkillOrInterest = word * 32 < members.length ? features.any(skillAndInterestRows(skills, interests), word) : 0;
        expect(bySlot).toBe(expectedWord(members, word, slots, 0, 0));
        expect(bySkillOrInterest).toBe(expectedWord(members, word, 0, skills, interests));
      }
    }
  });

  it('answers nothing for a query that asks for nothing', () => {
    const features = new MemberFeatures();
    features.add(0, 0b101, 0b1, 0b10);

    expect(features.any(slotRows(0), 0)).toBe(0);
    expect(features.any(skillAndInterestRows(0, 0), 0)).toBe(0);
    expect(features.any(slotRows(0b100), 0)).toBe(1);
  });
});

describe('PackedRows', () => {
  it('keeps each member\'s fields together through growth and swap-removal', () => {
    const rows = new PackedRows(3);
    for (let i = 0; i < 100; i++) {
      const at = rows.append();
      rows.data.set([i, i * 2, -i], at);
    }
    rows.swapRemove(10);
    rows.swapRemove(98);
    rows.swapRemove(0);

    expect(rows.count).toBe(97);
    expect(Array.from(rows.data.subarray(10 * 3, 11 * 3))).toEqual([99, 198, -99]);
    // 98 was the last when removed: nothing moved.
    expect(Array.from(rows.data.subarray(0, 3))).toEqual([97, 194, -97]);
    expect(Array.from(rows.data.subarray(96 * 3, 97 * 3))).toEqual([96, 192, -96]);
  });
});
