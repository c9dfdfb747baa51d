var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Inject, Injectable } from '@nestjs/common';
import { vacancyUpdatedV1 } from '@vc/contracts';
import { ConflictProblem, fieldErrorsOf, ValidationProblem } from '@vc/service-kit';
import { instanceToPlain, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isDeepStrictEqual } from 'node:util';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { vacancyColumnsOf } from '../create-vacancy/create-vacancy.handler.js';
import { vacancyEventPayload } from '../vacancy-events.js';
import { EDITABLE_STATUSES } from '../vacancy-lifecycle.js';
import { findVacancy } from '../vacancy-lookup.js';
import { NOT_BEFORE_TODAY, VacancyRules } from '../vacancy-rules.js';
import { toLocalTime } from '../vacancy-values.js';
import { Vacancy } from '../vacancy.entity.js';
let UpdateVacancyHandler = class UpdateVacancyHandler {
    constructor(publisher) {
        this.publisher = publisher;
    }
    /**
     * Applies the change, checks that the result is still a valid vacancy of its kind, and, once the
     * vacancy has been published, announces the whole vacancy in vacancy.updated. Drafts stay silent;
     * a change that changes nothing is not announced.
     */
    async updateVacancy(manager, access, id, change) {
        const vacancy = await findVacancy(manager, access, id, { lock: true });
        if (!EDITABLE_STATUSES.includes(vacancy.status)) {
            throw new ConflictProblem(`A ${vacancy.status} vacancy can no longer be changed`, 'vacancy-not-editable');
        }
        const sent = instanceToPlain(change);
        const rules = plainToInstance(VacancyRules, applyChange(requestFieldsOf(vacancy), sent, vacancy));
        const errors = validateSync(rules, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
        const fieldErrors = fieldErrorsOf(errors.map((error) => withoutStalePastDate(error, sent)).filter((error) => error !== undefined));
        if (fieldErrors.length > 0)
            throw new ValidationProblem(fieldErrors);
        const columns = vacancyColumnsOf(rules);
        const current = Object.fromEntries(Object.keys(columns).map((key) => [key, comparable(vacancy, key)]));
        if (isDeepStrictEqual(current, columns))
            return vacancy;
        Object.assign(vacancy, columns, { updatedAt: new Date() });
        await manager.update(Vacancy, { id }, { ...columns, updatedAt: vacancy.updatedAt });
        if (vacancy.status !== 'draft') {
            await this.publisher.publish(manager, vacancyUpdatedV1, {
                subject: id,
                centreId: vacancy.centreId,
                payload: vacancyEventPayload(vacancy, vacancy.status),
            });
        }
        return vacancy;
    }
};
UpdateVacancyHandler = __decorate([
    Injectable(),
    __param(0, Inject(RegistrationsEventPublisher)),
    __metadata("design:paramtypes", [RegistrationsEventPublisher])
], UpdateVacancyHandler);
export { UpdateVacancyHandler };
function comparable(vacancy, key) {
    if (key === 'startTime' || key === 'endTime')
        return toLocalTime(vacancy[key]);
    if (key === 'availability')
        return vacancy.availability.map(({ day, part }) => ({ day, part }));
    return vacancy[key];
}
/** The stored vacancy written as a request would write it (absent instead of null), so the rules can judge it. */
function requestFieldsOf(vacancy) {
    const fields = {
        kind: vacancy.kind,
        title: vacancy.title,
        description: vacancy.description,
        sector: vacancy.sector,
        skills: vacancy.skills,
        requirements: withoutNulls({ vogRequired: vacancy.vogRequired, minimumAge: vacancy.minimumAge, dutchLevel: vacancy.dutchLevel }),
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
        // A one-off stores an empty list, which its rules would refuse as weekly availability.
        availability: vacancy.availability.length > 0 ? vacancy.availability : null,
        hoursPerWeek: vacancy.hoursPerWeek,
        startsOn: vacancy.startsOn,
        endsOn: vacancy.endsOn,
    };
    return withoutNulls(fields);
}
/**
 * A date that has passed is refused only when this change sets it: a published vacancy whose last
 * day was yesterday may still be edited until the scheduler expires it.
 */
function withoutStalePastDate(error, sent) {
    if (!error.constraints?.[NOT_BEFORE_TODAY] || sent[error.property] !== undefined)
        return error;
    const { [NOT_BEFORE_TODAY]: _stale, ...constraints } = error.constraints;
    return Object.keys(constraints).length > 0 || (error.children?.length ?? 0) > 0 ? { ...error, constraints } : undefined;
}
function applyChange(fields, sent, vacancy) {
    const result = { ...fields };
    for (const [key, value] of Object.entries(sent)) {
        if (value === undefined)
            continue;
        if (key === 'requirements' || key === 'suitability') {
            result[key] = withoutNulls({ ...fields[key], ...value });
        }
        else if (value === null) {
            delete result[key];
        }
        else {
            result[key] = value;
        }
    }
    // More or fewer places move the places left along, unless the change says how many are left.
    if (sent.places !== undefined && sent.placesLeft === undefined && vacancy.places !== null && vacancy.placesLeft !== null) {
        result.placesLeft = Math.max(0, vacancy.placesLeft + sent.places - vacancy.places);
    }
    return result;
}
function withoutNulls(fields) {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}
//# sourceMappingURL=update-vacancy.handler.js.map