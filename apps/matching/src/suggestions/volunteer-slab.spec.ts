import { jest } from '@jest/globals';
import { AGE_FLOORS } from './scoring/match-profiles.js';
import { seededRandom } from './synthetic-region.js';
import { FEATURES, forEachFeature, G_COUNT, G_RADIUS, G_START, GROUP_FIELDS, P_AGE, P_CENTRE, P_DUTCH, P_INTERESTS, P_MASK, P_SKILLS, P_VOG, ROW, VolunteerSlab } from './volunteer-slab.js';

interface Member {
  id: number;
  row: Int32Array;
}

/** What the slab must hold, kept the obvious way: a list of members per group. */
function expectSameAs(slab: VolunteerSlab<Member>, model: Map<number, Member[]>): void {
  for (const [group, members] of model) {
    const at = group * GROUP_FIELDS;
    expect(slab.groups[at + G_COUNT]).toBe(members.length);
    const start = slab.groups[at + G_START]! << 5;
    expect(members.map((_, position) => slab.member(group, position))).toEqual(members);
    expect(Array.from(slab.rows.subarray(start * ROW, (start + members.length) * ROW))).toEqual(members.flatMap((m) => Array.from(m.row)));
    // Every feature row of every word the group spans: exactly its members' features, nothing past its last.
    const words = Math.max(1, (members.length + 31) >>> 5);
    const expected = new Int32Array(FEATURES * words);
    members.forEach((member, position) => forEachFeature(member.row, 0, (row) => (expected[row * words + (position >>> 5)]! |= 1 << (position & 31))));
    const actual = new Int32Array(FEATURES * words);
    for (let row = 0; row < FEATURES; row++) actual.set(slab.bits.subarray(row * slab.words + (start >>> 5), row * slab.words + (start >>> 5) + words), row * words);
    expect(Array.from(actual)).toEqual(Array.from(expected));
  }
}

describe('VolunteerSlab', () => {
  it('keeps every group\'s members, rows and feature bits through growth, moves, swap-removal and compaction', () => {
    const random = seededRandom(5);
    const int = (n: number) => Math.floor(random() * n);
    const rowOf = () => {
      const row = new Int32Array(ROW);
      for (let f = 0; f < ROW; f++) row[f] = int(2 ** 30);
      row[P_MASK] = int(2 ** 21);
      row[P_SKILLS] = int(2 ** 30) & int(2 ** 30);
      row[P_INTERESTS] = 1 << int(30);
      row[P_CENTRE] = int(12);
      row[P_VOG] = random() < 0.5 ? 0 : 20301231;
      row[P_AGE] = random() < 0.1 ? -1 : AGE_FLOORS[int(AGE_FLOORS.length)]!;
      row[P_DUTCH] = int(7);
      return row;
    };
    const slab = new VolunteerSlab<Member>(() => undefined);
    const compactions = jest.spyOn(slab, 'compact');
    const areas = ['1011', '1012', '3511', '3512', '9999'];
    const model = new Map<number, Member[]>();
    let id = 0;
    for (let step = 0; step < 12_000; step++) {
      // Groups grow for the first half and mostly shrink in the second, some to nothing.
      const growing = step < 6_000 ? 0.8 : 0.3;
      const area = random() < 0.05 ? null : areas[int(areas.length)]!;
      const group = slab.groupOf(area, [2, 5, 10, 25][int(4)]!, true);
      const members = model.get(group) ?? [];
      model.set(group, members);
      if (members.length > 0 && random() > growing) {
        const position = int(members.length);
        const moved = slab.remove(group, position);
        const last = members.pop()!;
        if (position < members.length) members[position] = last;
        expect(moved).toBe(position < members.length ? last : undefined);
      } else {
        const member = { id: id++, row: rowOf() };
        expect(slab.add(group, member, member.row)).toBe(members.length);
        members.push(member);
      }
      if (step % 1_000 === 999) expectSameAs(slab, model);
    }
    expectSameAs(slab, model);
    expect(compactions.mock.calls.length).toBeGreaterThan(0);
    // The without-area group is one group, whatever radius it is asked for.
    expect(slab.groupOf(null, 2, false)).toBe(slab.groupOf(null, 25, false));
    expect(slab.groupOf('0000', 5, false)).toBe(-1);
  });

  it('orders an area\'s groups widest travel radius first', () => {
    const slab = new VolunteerSlab<Member>(() => undefined);
    for (const radius of [5, 25, 2, 10]) slab.groupOf('3511', radius, true);

    expect(slab.areas.get('3511')!.groups.map((g) => slab.groups[g * GROUP_FIELDS + G_RADIUS])).toEqual([25, 10, 5, 2]);
  });
});
