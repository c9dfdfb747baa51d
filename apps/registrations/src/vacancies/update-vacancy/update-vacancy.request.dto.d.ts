import { type CefrLevel } from '@vc/contracts';
import { AvailabilitySlotRequest, SuitabilityRequest } from '../vacancy-rules.js';
export declare class RequirementsUpdate {
    vogRequired?: boolean;
    minimumAge?: number | null;
    dutchLevel?: CefrLevel | null;
}
/**
 * A change to a vacancy: only the fields sent change; null clears an optional one. The kind never
 * changes (create a new vacancy instead). The result must still be a valid vacancy of its kind.
 */
export declare class UpdateVacancyRequest {
    title?: string;
    description?: string;
    sector?: string;
    skills?: string[];
    requirements?: RequirementsUpdate;
    suitability?: SuitabilityRequest;
    remote?: boolean;
    postcode?: string | null;
    date?: string;
    startTime?: string;
    endTime?: string;
    places?: number;
    placesLeft?: number;
    availability?: AvailabilitySlotRequest[];
    hoursPerWeek?: number | null;
    startsOn?: string | null;
    endsOn?: string | null;
}
//# sourceMappingURL=update-vacancy.request.dto.d.ts.map