import { Pc4Centroids } from '@vc/geo';
import type { ReadModelChange } from '../../read-models/read-model-change.js';
import { DEFAULT_WEIGHTS } from '../scoring/scoring.js';
import { SuggestionIndex } from '../suggestion-index.js';
import { syntheticRegion } from '../synthetic-region.js';

const centroids = Pc4Centroids.load();
const region = syntheticRegion(centroids, 11);
const TODAY = '2027-01-15';

/** One volunteer's and one vacancy's life, as the consumer writes it to the change log. */
function history(): ReadModelChange[] {
  const volunteer = region.volunteer(0);
  const other = region.volunteer(1);
  const vacancy = region.vacancy(0);
  const { volunteerId } = volunteer;
  const status = (s: 'active' | 'paused' | 'left', pausedUntil: string | null): ReadModelChange => ({
    kind: 'volunteer-status',
    volunteerId,
    status: s,
    pausedUntil,
    lastEventId: `e-${s}`,
    lastEventAt: '2027-01-02T00:00:00.000Z',
  });
  return [
    ...region.centres.map((record): ReadModelChange => ({ kind: 'centre-upsert', record })),
    { kind: 'vacancy-upsert', record: vacancy },
    { kind: 'volunteer-upsert', record: volunteer, keepPause: false },
    { kind: 'volunteer-upsert', record: other, keepPause: false },
    status('paused', '2027-03-01'),
    // An update during the pause keeps its end date.
    { kind: 'volunteer-upsert', record: { ...volunteer, status: 'paused', travelRadiusKm: 7 }, keepPause: true },
    status('active', null),
    { kind: 'vacancy-upsert', record: { ...vacancy, title: 'Nieuwe titel' } },
    { kind: 'vacancy-upsert', record: { ...vacancy, title: 'Nieuwe titel', status: 'closed' } },
    { kind: 'volunteer-erase', volunteerId: other.volunteerId, centreId: other.centreId, regionId: other.regionId },
    status('paused', '2027-04-01'),
  ];
}

function stateOf(index: SuggestionIndex) {
  const ids = [region.volunteer(0).volunteerId, region.volunteer(1).volunteerId];
  return {
    volunteers: ids.map((id) => index.volunteer(id) ?? null),
    travelRadii: ids.map((id) => index.matchVolunteer(id)?.travelRadiusKm ?? null),
    vacancy: index.vacancy(region.vacancy(0).vacancyId) ?? null,
    size: index.size,
    suggestions: index.topVolunteersFor(region.vacancy(0).vacancyId, 20, TODAY).map((r) => r.item.volunteerId),
  };
}

function indexAfter(changes: readonly ReadModelChange[]): SuggestionIndex {
  const index = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
  for (const change of changes) index.apply(change);
  return index;
}

describe('replaying the change feed over a state that already holds part of it', () => {
  const changes = history();
  const expected = stateOf(indexAfter(changes));

  // A replica loads the tables (state after `loaded` changes) and replays the log from the
  // snapshot's xmin, which can lie before what the tables already hold.
  const cases = changes.flatMap((_, from) => changes.slice(from).map((__, k) => [from, from + k + 1] as const));
  it.each(cases)('replaying from change %i over the state after %i changes ends in the same state', (from, loaded) => {
    const index = indexAfter(changes.slice(0, loaded));

    for (const change of changes.slice(from)) index.apply(change);

    expect(stateOf(index)).toEqual(expected);
  });

  it('applies a change read back from the log (JSON) as the change itself', () => {
    const index = indexAfter(changes.map((change) => JSON.parse(JSON.stringify(change)) as ReadModelChange));

    expect(stateOf(index)).toEqual(expected);
  });

  it('ends with the volunteer paused until the last pause, the erased one gone and the closed vacancy unsuggested', () => {
    expect(expected.volunteers[0]).toMatchObject({ status: 'paused', pausedUntil: '2027-04-01' });
    expect(expected.travelRadii[0]).toBe(7);
    expect(expected.volunteers[1]).toBeNull();
    expect(expected.vacancy).toMatchObject({ status: 'closed', title: 'Nieuwe titel' });
    expect(expected.suggestions).toEqual([]);
  });
});
