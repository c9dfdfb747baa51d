import { distanceKm } from '@vc/geo';
export function publicVacancyOf(row, centroids, near) {
    const area = row.postcode_area === null ? undefined : centroids.centroidOf(row.postcode_area);
    return {
        id: row.vacancy_id,
        centreId: row.centre_id,
        organisation: { id: row.organisation_id, name: row.organisation_name },
        kind: row.kind,
        title: row.title,
        description: row.description,
        sector: row.sector,
        skills: row.skills,
        requirements: { vogRequired: row.vog_required, minimumAge: row.minimum_age, dutchLevel: row.dutch_level },
        suitability: {
            students: row.suitable_for_students,
            newcomersWithoutDutch: row.suitable_for_newcomers,
            needsGuidance: row.suitable_with_guidance,
        },
        remote: row.remote,
        postcodeArea: row.postcode_area,
        place: area?.place ?? null,
        distanceKm: near && area ? Math.round(distanceKm(near, area) * 10) / 10 : null,
        date: row.activity_date,
        startTime: row.start_time?.slice(0, 5) ?? null,
        endTime: row.end_time?.slice(0, 5) ?? null,
        places: row.places,
        placesLeft: row.places_left,
        availability: row.availability.map(({ day, part }) => ({ day, part })),
        hoursPerWeek: row.hours_per_week,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        publishedAt: row.published_at.toISOString(),
    };
}
//# sourceMappingURL=public-vacancy.view.js.map