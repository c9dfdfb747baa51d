var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Injectable } from '@nestjs/common';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertConsents, ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { rethrowEmailTaken } from '../volunteer-email.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerReceiptOf } from '../volunteer.view.js';
let RegisterVolunteerHandler = class RegisterVolunteerHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    /** `registeredBy`: `self`, or the subject of the consultant registering the person. */
    async register(centreId, request, registeredBy) {
        return runInTenant(this.dataSource, { centreId }, async (manager) => {
            // Plain SQL on the hot path: the query builder costs more CPU here than PostgreSQL does.
            const [centre] = (await manager.query(`SELECT consent_texts FROM centre WHERE id = $1`, [centreId]));
            if (!centre)
                throw new NotFoundProblem('centre', centreId);
            assertConsents(centre.consent_texts, request.consents, { withSupportNeeds: request.supportNeeds !== undefined });
            const volunteer = manager.create(Volunteer, {
                // UUIDv7: time-ordered, so the staff list pages in registration order by id alone.
                id: uuidv7(),
                centreId,
                status: 'active',
                firstName: request.firstName,
                lastName: request.lastName,
                email: request.email,
                phone: request.phone ?? null,
                preferredLanguage: request.preferredLanguage,
                dateOfBirth: request.dateOfBirth ?? null,
                postcode: request.postcode ?? null,
                travelRadiusKm: request.travelRadiusKm,
                skills: request.skills ?? [],
                interests: request.interests ?? [],
                availability: (request.availability ?? []).map(({ day, part }) => ({ day, part })),
                hoursPerWeek: request.hoursPerWeek ?? null,
                languages: request.languages ?? [],
                dutchLevel: request.dutchLevel ?? null,
                vogStatus: request.vog?.status ?? 'none',
                vogValidUntil: request.vog?.validUntil ?? null,
                isStudent: request.isStudent ?? false,
                pausedUntil: null,
                registeredBy,
                erasedAt: null,
            });
            await insertRegistration(manager, volunteer, request).catch(rethrowEmailTaken);
            await this.events.registered(manager, volunteer, request.supportNeeds?.guidanceNeeded ?? false);
            return volunteerReceiptOf(volunteer);
        });
    }
};
RegisterVolunteerHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], RegisterVolunteerHandler);
export { RegisterVolunteerHandler };
/**
 * The person, their consents and (with consent) their support needs in one statement: registration
 * is the hot path of a public form, and every round trip to PostgreSQL costs more than the SQL. The
 * foreign keys hold, because PostgreSQL checks them at the end of the statement.
 */
async function insertRegistration(manager, volunteer, request) {
    const givenAt = new Date();
    const needs = request.supportNeeds;
    const needsConsent = needs ? request.consents.find((c) => c.purpose === ConsentPurpose.SupportNeeds).textVersion : null;
    await manager.query(`WITH person AS (
       INSERT INTO volunteer (id, centre_id, status, first_name, last_name, email, phone, preferred_language, date_of_birth,
                              postcode, travel_radius_km, skills, interests, availability, hours_per_week, languages,
                              dutch_level, vog_status, vog_valid_until, is_student, paused_until, registered_by, erased_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, NULL, $21, NULL)
       RETURNING id, centre_id
     ),
     consents AS (
       INSERT INTO volunteer_consent (id, volunteer_id, centre_id, purpose, text_version, given_at, withdrawn_at)
       SELECT c.id, person.id, person.centre_id, c.purpose, c.text_version, $22::timestamptz, NULL
         FROM person, unnest($23::uuid[], $24::text[], $25::text[]) AS c(id, purpose, text_version)
     )
     INSERT INTO volunteer_support_needs (volunteer_id, centre_id, referral_source, target_group, guidance_needed,
                                          consent_text_version, recorded_at)
     SELECT person.id, person.centre_id, $26::text, $27::text, $28::boolean, $29::text, $22::timestamptz FROM person WHERE $29::text IS NOT NULL`, [
        volunteer.id,
        volunteer.centreId,
        volunteer.status,
        volunteer.firstName,
        volunteer.lastName,
        volunteer.email,
        volunteer.phone,
        volunteer.preferredLanguage,
        volunteer.dateOfBirth,
        volunteer.postcode,
        volunteer.travelRadiusKm,
        volunteer.skills,
        volunteer.interests,
        JSON.stringify(volunteer.availability),
        volunteer.hoursPerWeek,
        volunteer.languages,
        volunteer.dutchLevel,
        volunteer.vogStatus,
        volunteer.vogValidUntil,
        volunteer.isStudent,
        volunteer.registeredBy,
        givenAt,
        request.consents.map(() => uuidv7()),
        request.consents.map((c) => c.purpose),
        request.consents.map((c) => c.textVersion),
        needs?.referralSource ?? null,
        needs?.targetGroup ?? null,
        needs?.guidanceNeeded ?? null,
        needsConsent,
    ]);
}
//# sourceMappingURL=register-volunteer.handler.js.map