import type { AvailabilitySlot, CefrLevel } from '@vc/contracts';
import { type Pc4Centroid, type Pc4Centroids } from '@vc/geo';
/** A row of vacancy_listing as the search selects it. */
export interface ListingRow {
    vacancy_id: string;
    centre_id: string;
    position: string;
    organisation_id: string;
    organisation_name: string;
    kind: 'structural' | 'one-off';
    title: string;
    description: string;
    sector: string;
    skills: string[];
    vog_required: boolean;
    minimum_age: number | null;
    dutch_level: string | null;
    suitable_for_students: boolean;
    suitable_for_newcomers: boolean;
    suitable_with_guidance: boolean;
    remote: boolean;
    postcode_area: string | null;
    activity_date: string | null;
    start_time: string | null;
    end_time: string | null;
    places: number | null;
    places_left: number | null;
    availability: AvailabilitySlot[];
    hours_per_week: number | null;
    starts_on: string | null;
    ends_on: string | null;
    published_at: Date;
}
/**
 * A vacancy as anyone may see it: what the work is, where (postcode area and place, never a street),
 * for whom, and which organisation offers it. No person appears in it: no coordinator, no contact
 * data. Every item has the same keys; null where a value does not apply.
 */
export interface PublicVacancy {
    id: string;
    centreId: string;
    organisation: {
        id: string;
        name: string;
    };
    kind: 'structural' | 'one-off';
    title: string;
    description: string;
    sector: string;
    skills: string[];
    requirements: {
        vogRequired: boolean;
        minimumAge: number | null;
        dutchLevel: CefrLevel | null;
    };
    suitability: {
        students: boolean;
        newcomersWithoutDutch: boolean;
        needsGuidance: boolean;
    };
    remote: boolean;
    postcodeArea: string | null;
    place: string | null;
    /** From the searched postcode's area to the vacancy's, centroid to centroid; null without a known distance. */
    distanceKm: number | null;
    date: string | null;
    startTime: string | null;
    endTime: string | null;
    places: number | null;
    placesLeft: number | null;
    availability: AvailabilitySlot[];
    hoursPerWeek: number | null;
    startsOn: string | null;
    endsOn: string | null;
    publishedAt: string;
}
export declare function publicVacancyOf(row: ListingRow, centroids: Pc4Centroids, near: Pc4Centroid | undefined): PublicVacancy;
//# sourceMappingURL=public-vacancy.view.d.ts.map