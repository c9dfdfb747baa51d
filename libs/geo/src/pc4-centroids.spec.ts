import { distanceKm, Pc4Centroids } from './pc4-centroids.js';

const row = (postcode: string, place: string, latitude: number, longitude: number) =>
  ['NL', postcode, place, 'Utrecht', '09', 'Gemeente', '0344', '', '', String(latitude), String(longitude), ''].join('\t');

describe('Pc4Centroids', () => {
  const shipped = Pc4Centroids.load();

  it('loads the shipped GeoNames file', () => {
    expect(shipped.size).toBeGreaterThan(4000);
    expect(shipped.centroidOf('3511')).toMatchObject({ place: 'Utrecht' });
  });

  it('puts Utrecht Centraal (3511) some 8 km from Zeist (3701) and 180 km from Groningen (9711)', () => {
    const utrecht = shipped.centroidOf('3511')!;
    expect(distanceKm(utrecht, shipped.centroidOf('3701')!)).toBeGreaterThan(6);
    expect(distanceKm(utrecht, shipped.centroidOf('3701')!)).toBeLessThan(12);
    expect(distanceKm(utrecht, shipped.centroidOf('9711')!)).toBeGreaterThan(150);
  });

  it('finds the areas of Utrecht within 5 km of its centre, and none of Groningen', () => {
    const within = shipped.areasWithin(shipped.centroidOf('3511')!, 5);
    expect(within).toEqual(expect.arrayContaining(['3511', '3512', '3581', '3562']));
    expect(within.some((area) => area.startsWith('97'))).toBe(false);
  });

  it('averages the rows of a postcode that lie close together', () => {
    const areas = Pc4Centroids.parse([row('1234', 'A-dorp', 52.0, 5.0), row('1234', 'B-dorp', 52.02, 5.02)].join('\n'));
    const centroid = areas.centroidOf('1234')!;
    expect([centroid.latitude, centroid.longitude, centroid.place]).toEqual([expect.closeTo(52.01, 9), expect.closeTo(5.01, 9), 'A-dorp']);
  });

  it('takes the first row of a postcode whose rows lie far apart (an error in the source)', () => {
    const areas = Pc4Centroids.parse([row('3523', 'Utrecht', 52.072, 5.1244), row('3523', 'Ouddorp', 51.8119, 3.8916)].join('\n'));
    expect(areas.centroidOf('3523')).toEqual({ latitude: 52.072, longitude: 5.1244, place: 'Utrecht' });
  });

  it('skips lines it cannot read and knows nothing of missing postcodes', () => {
    const areas = Pc4Centroids.parse(['', 'garbage', row('0123', 'Nergens', 52, 5), row('1234', 'Dorp', Number.NaN, 5)].join('\n'));
    expect(areas.size).toBe(0);
    expect(areas.centroidOf('1234')).toBeUndefined();
  });
});
