import { toLocalTime } from './vacancy-values.js';
export function vacancyViewOf(vacancy) {
    return {
        id: vacancy.id,
        centreId: vacancy.centreId,
        organisationId: vacancy.organisationId,
        kind: vacancy.kind,
        status: vacancy.status,
        title: vacancy.title,
        description: vacancy.description,
        sector: vacancy.sector,
        skills: vacancy.skills,
        requirements: {
            vogRequired: vacancy.vogRequired,
            minimumAge: vacancy.minimumAge,
            dutchLevel: vacancy.dutchLevel,
        },
        suitability: {
            students: vacancy.suitableForStudents,
            newcomersWithoutDutch: vacancy.suitableForNewcomers,
            needsGuidance: vacancy.suitableWithGuidance,
        },
        remote: vacancy.remote,
        postcode: vacancy.postcode,
        date: vacancy.activityDate,
        startTime: toLocalTime(vacancy.startTime),
        endTime: toLocalTime(vacancy.endTime),
        places: vacancy.places,
        placesLeft: vacancy.placesLeft,
        availability: vacancy.availability,
        hoursPerWeek: vacancy.hoursPerWeek,
        startsOn: vacancy.startsOn,
        endsOn: vacancy.endsOn,
        publishedAt: vacancy.publishedAt?.toISOString() ?? null,
        closedAt: vacancy.closedAt?.toISOString() ?? null,
        createdAt: vacancy.createdAt.toISOString(),
        updatedAt: vacancy.updatedAt.toISOString(),
    };
}
//# sourceMappingURL=vacancy.view.js.map