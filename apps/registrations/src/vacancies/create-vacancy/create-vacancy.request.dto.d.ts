import { VacancyRules } from '../vacancy-rules.js';
/** A new vacancy; it starts as a draft, which nobody outside the centre and the organisation sees. */
export declare class CreateVacancyRequest extends VacancyRules {
    organisationId?: string;
}
//# sourceMappingURL=create-vacancy.request.dto.d.ts.map