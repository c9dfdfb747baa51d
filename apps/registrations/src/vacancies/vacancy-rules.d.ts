import { type CefrLevel, type Day, type DayPart, type VacancyKind } from '@vc/contracts';
export declare const DESCRIPTION_MAX = 5000;
/**
 * The field belongs to some kinds only, e.g. a one-off's `date`; another kind sending it gets a 400.
 * With an unknown kind only `kind` itself is refused.
 */
export declare function OnlyForKinds(kinds: readonly VacancyKind[]): PropertyDecorator;
/** Required for the given kinds; left alone (absent) by the others, which OnlyForKinds then refuses. */
export declare function RequiredForKinds(kinds: readonly VacancyKind[]): PropertyDecorator;
type Comparison = 'after' | 'notBefore' | 'atMost';
/**
 * Compares with a sibling of the same type (numbers, or fixed-width dates and times, which order
 * correctly as strings); passes when either is absent or of another type (their own rules say so).
 */
export declare function ComparedWith(comparison: Comparison, sibling: string): PropertyDecorator;
export declare const NOT_BEFORE_TODAY = "isNotBeforeToday";
/** A date that has not passed yet in the Netherlands (today counts). */
export declare function IsNotBeforeToday(): PropertyDecorator;
export declare const IsCalendarDay: () => PropertyDecorator;
export declare const IsLocalTime: () => PropertyDecorator;
export declare const IsSkillList: () => PropertyDecorator;
export declare const IsWeeklyHours: () => PropertyDecorator;
export declare class RequirementsRequest {
    vogRequired?: boolean;
    minimumAge?: number;
    dutchLevel?: CefrLevel;
}
export declare class SuitabilityRequest {
    students?: boolean;
    newcomersWithoutDutch?: boolean;
    needsGuidance?: boolean;
}
export declare class AvailabilitySlotRequest {
    day: Day;
    part: DayPart;
}
export declare const IsWeeklyAvailability: () => PropertyDecorator;
export declare class VacancyRules {
    kind: VacancyKind;
    title: string;
    description: string;
    sector: string;
    skills?: string[];
    requirements?: RequirementsRequest;
    suitability?: SuitabilityRequest;
    remote?: boolean;
    postcode?: string;
    date?: string;
    startTime?: string;
    endTime?: string;
    places?: number;
    placesLeft?: number;
    availability?: AvailabilitySlotRequest[];
    hoursPerWeek?: number;
    startsOn?: string;
    endsOn?: string;
}
export {};
//# sourceMappingURL=vacancy-rules.d.ts.map