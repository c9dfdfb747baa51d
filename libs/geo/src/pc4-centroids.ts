import { readFileSync } from 'node:fs';

export interface Pc4Centroid {
  latitude: number;
  longitude: number;
  place: string;
}

/** Rows of one postcode further apart than this disagree (errors in the source): the first row wins. */
const AGREEING_ROWS_KM = 25;
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Pc4Centroid, b: Pc4Centroid): number {
  const radians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * radians;
  const dLon = (b.longitude - a.longitude) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Centroids of Dutch four-digit postcode areas (GeoNames, CC BY 4.0; see data/NOTICE.md), held in
 * memory: some 4,000 areas, so "every area within 10 km" is a loop, and the search asks the
 * database only for vacancies in those areas. A postcode the data lacks has no distance:
 * callers treat it as "distance unknown", never as an error.
 */
export class Pc4Centroids {
  /** Answers of areasWithin for the postcodes people search from most; bounded, oldest out first. */
  private readonly nearby = new Map<string, string[]>();

  private constructor(private readonly areas: ReadonlyMap<string, Pc4Centroid>) {}

  /**
   * Reads the GeoNames TSV: postcode in the second column, place in the third, latitude and
   * longitude in the tenth and eleventh. A postcode on several rows (several places) gets their
   * mean, unless the rows lie far apart, which marks an error in the source: then its first row.
   */
  static parse(tsv: string): Pc4Centroids {
    const rows = new Map<string, Pc4Centroid[]>();
    for (const line of tsv.split('\n')) {
      const columns = line.split('\t');
      const [postcode, place, latitude, longitude] = [columns[1], columns[2], Number(columns[9]), Number(columns[10])];
      if (!postcode || !/^[1-9][0-9]{3}$/.test(postcode) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
      const list = rows.get(postcode) ?? [];
      list.push({ latitude, longitude, place: place ?? '' });
      rows.set(postcode, list);
    }
    const areas = new Map<string, Pc4Centroid>();
    for (const [postcode, list] of rows) {
      const mean: Pc4Centroid = {
        latitude: list.reduce((sum, row) => sum + row.latitude, 0) / list.length,
        longitude: list.reduce((sum, row) => sum + row.longitude, 0) / list.length,
        place: list[0]!.place,
      };
      const agree = list.every((row) => distanceKm(row, mean) <= AGREEING_ROWS_KM / 2);
      areas.set(postcode, agree ? mean : list[0]!);
    }
    return new Pc4Centroids(areas);
  }

  static load(file: URL = new URL('../data/nl-postcodes-pc4.tsv', import.meta.url)): Pc4Centroids {
    return Pc4Centroids.parse(readFileSync(file, 'utf8'));
  }

  get size(): number {
    return this.areas.size;
  }

  centroidOf(postcodeArea: string): Pc4Centroid | undefined {
    return this.areas.get(postcodeArea);
  }

  /** Every known area whose centroid lies within `km` of `centre`'s (itself included). */
  areasWithin(centre: Pc4Centroid, km: number): string[] {
    const key = `${centre.latitude},${centre.longitude},${km}`;
    const known = this.nearby.get(key);
    if (known) return known;
    const within: string[] = [];
    for (const [postcodeArea, centroid] of this.areas) if (distanceKm(centre, centroid) <= km) within.push(postcodeArea);
    if (this.nearby.size >= 1_000) this.nearby.delete(this.nearby.keys().next().value!);
    this.nearby.set(key, within);
    return within;
  }
}
