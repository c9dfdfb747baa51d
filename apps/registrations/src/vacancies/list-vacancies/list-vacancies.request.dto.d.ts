import type { VacancyKind, VacancyStatus } from '@vc/contracts';
import { PageRequest } from '../../shared/paging.js';
export declare class ListVacanciesRequest extends PageRequest {
    status?: VacancyStatus;
    kind?: VacancyKind;
    organisationId?: string;
}
//# sourceMappingURL=list-vacancies.request.dto.d.ts.map