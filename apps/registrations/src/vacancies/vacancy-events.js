import { postcodeAreaOf } from '@vc/geo';
import { toLocalTime } from './vacancy-values.js';
/**
 * The vacancy as its events carry it, after the fact. Contract rules: a column that is NULL is left
 * out (never sent as null), times are HH:MM, and only the postcode area (PC4) leaves the service.
 */
export function vacancyEventPayload(vacancy, status) {
    const requirements = { vogRequired: vacancy.vogRequired };
    if (vacancy.minimumAge !== null)
        requirements.minimumAge = vacancy.minimumAge;
    if (vacancy.dutchLevel !== null)
        requirements.dutchLevel = vacancy.dutchLevel;
    const present = (value) => value !== null;
    const startTime = toLocalTime(vacancy.startTime);
    const endTime = toLocalTime(vacancy.endTime);
    return {
        vacancyId: vacancy.id,
        organisationId: vacancy.organisationId,
        centreId: vacancy.centreId,
        kind: vacancy.kind,
        title: vacancy.title,
        sector: vacancy.sector,
        skills: vacancy.skills,
        requirements,
        suitability: {
            students: vacancy.suitableForStudents,
            newcomersWithoutDutch: vacancy.suitableForNewcomers,
            needsGuidance: vacancy.suitableWithGuidance,
        },
        remote: vacancy.remote,
        ...(present(vacancy.postcode) ? { postcodeArea: postcodeAreaOf(vacancy.postcode) } : {}),
        ...(present(vacancy.activityDate) ? { date: vacancy.activityDate } : {}),
        ...(present(startTime) ? { startTime } : {}),
        ...(present(endTime) ? { endTime } : {}),
        ...(present(vacancy.places) ? { places: vacancy.places } : {}),
        ...(present(vacancy.placesLeft) ? { placesLeft: vacancy.placesLeft } : {}),
        availability: vacancy.availability.map(({ day, part }) => ({ day, part })),
        ...(present(vacancy.hoursPerWeek) ? { hoursPerWeek: vacancy.hoursPerWeek } : {}),
        ...(present(vacancy.startsOn) ? { startsOn: vacancy.startsOn } : {}),
        ...(present(vacancy.endsOn) ? { endsOn: vacancy.endsOn } : {}),
        status,
    };
}
//# sourceMappingURL=vacancy-events.js.map