import { Inject, Injectable } from '@nestjs/common';
import { currentEventContext, type EventContext } from '@vc/messaging';
import { METRICS_REGISTRY, NotFoundProblem, runInTenant } from '@vc/service-kit';
import { Histogram, type Registry } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { ConsentText } from '../../centres/centre.entity.js';
import { assertConsents, ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { emailTakenProblem } from '../volunteer-email.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerReceiptOf, type VolunteerReceipt } from '../volunteer.view.js';
import { RegistrationGatherer, type ItemOutcome } from './registration-gatherer.js';
import type { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

/**
 * Most registrations one transaction writes. Under load a batch holds what arrived during the
 * previous commit (tens at most); the cap bounds the statement and the answer time of the first.
 */
export const MAX_REGISTRATIONS_PER_WRITE = 100;

interface PendingRegistration {
  request: RegisterVolunteerRequest;
  /** `self`, or the subject of the consultant registering the person. */
  registeredBy: string;
  /** The request's own correlation and trace, for its events: the batch runs in another request's context. */
  context: EventContext | undefined;
}

interface AcceptedRegistration extends PendingRegistration {
  volunteer: Volunteer;
  index: number;
}

/**
 * Registers volunteers with group commit (ADR 9): registrations for a centre that arrive while a
 * write for it is in flight are written together in the next transaction (one tenant setting, one
 * read of the consent texts, one INSERT for all people, consents and support needs, one outbox
 * write, one commit). Each request still gets its own answer and its own errors.
 */
@Injectable()
export class RegisterVolunteerHandler {
  private readonly gatherer = new RegistrationGatherer<string, PendingRegistration, VolunteerReceipt>(
    (centreId, registrations) => this.writeBatch(centreId, registrations),
    MAX_REGISTRATIONS_PER_WRITE,
  );

  private readonly batchSizes: Histogram;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.batchSizes =
      (registry.getSingleMetric('registrations_write_batch_size') as Histogram | undefined) ??
      new Histogram({
        name: 'registrations_write_batch_size',
        help: 'Registrations written together in one transaction (group commit)',
        buckets: [1, 2, 4, 8, 16, 32, 64, MAX_REGISTRATIONS_PER_WRITE],
        registers: [registry],
      });
  }

  /** `registeredBy`: `self`, or the subject of the consultant registering the person. */
  register(centreId: string, request: RegisterVolunteerRequest, registeredBy: string): Promise<VolunteerReceipt> {
    return this.gatherer.submit(centreId, { request, registeredBy, context: currentEventContext() });
  }

  /** Registrations waiting for the write in flight for their centre to finish. */
  get waitingRegistrations(): number {
    return this.gatherer.pending;
  }

  /**
   * A batch that fails as a whole (anything but a per-registration error) rolled back, so nothing
   * of it is stored or published; its registrations are then written one by one, and each answers
   * its own outcome as it would have alone.
   */
  private async writeBatch(centreId: string, registrations: PendingRegistration[]): Promise<Array<ItemOutcome<VolunteerReceipt>>> {
    this.batchSizes.observe(registrations.length);
    try {
      return await this.writeTogether(centreId, registrations);
    } catch (error) {
      if (registrations.length === 1) return [{ ok: false, error }];
      const outcomes: Array<ItemOutcome<VolunteerReceipt>> = [];
      for (const registration of registrations) {
        outcomes.push(await this.writeTogether(centreId, [registration]).then(([outcome]) => outcome!, (alone: unknown) => ({ ok: false as const, error: alone })));
      }
      return outcomes;
    }
  }

  private async writeTogether(centreId: string, registrations: PendingRegistration[]): Promise<Array<ItemOutcome<VolunteerReceipt>>> {
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      // Plain SQL on the hot path: the query builder costs more CPU here than PostgreSQL does.
      const [centre] = (await manager.query(`SELECT consent_texts FROM centre WHERE id = $1`, [centreId])) as Array<{ consent_texts: ConsentText[] }>;
      if (!centre) return registrations.map(() => ({ ok: false as const, error: new NotFoundProblem('centre', centreId) }));

      const outcomes: Array<ItemOutcome<VolunteerReceipt>> = new Array(registrations.length);
      const accepted: AcceptedRegistration[] = [];
      registrations.forEach((registration, index) => {
        try {
          assertConsents(centre.consent_texts, registration.request.consents, { withSupportNeeds: registration.request.supportNeeds !== undefined });
        } catch (error) {
          outcomes[index] = { ok: false, error };
          return;
        }
        accepted.push({ ...registration, index, volunteer: newVolunteer(manager, centreId, registration) });
      });
      if (accepted.length === 0) return outcomes;

      const inserted = await insertRegistrations(manager, centreId, accepted);
      const written = accepted.filter((registration) => inserted.has(registration.volunteer.id));
      await this.events.registered(
        manager,
        written.map(({ volunteer, request, context }) => ({ volunteer, needsGuidance: request.supportNeeds?.guidanceNeeded ?? false, context })),
      );
      for (const registration of accepted) {
        // Not inserted: the centre has this email address already (maybe from earlier in this batch).
        outcomes[registration.index] = inserted.has(registration.volunteer.id)
          ? { ok: true, value: volunteerReceiptOf(registration.volunteer) }
          : { ok: false, error: emailTakenProblem() };
      }
      return outcomes;
    });
  }
}

function newVolunteer(manager: EntityManager, centreId: string, { request, registeredBy }: PendingRegistration): Volunteer {
  return manager.create(Volunteer, {
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
}

/**
 * The people, their consents and (with consent) their support needs in one statement, from one
 * JSON parameter (array columns cannot travel in unnest). The unique email index decides who is
 * new: a taken address (in the centre already, or earlier in this batch, which goes in arrival
 * order) is skipped rather than failing the statement, and the ids it returns are the people
 * written. The foreign keys hold, because PostgreSQL checks them at the end of the statement.
 */
async function insertRegistrations(manager: EntityManager, centreId: string, registrations: AcceptedRegistration[]): Promise<Set<string>> {
  const people = registrations.map(({ volunteer, request }, n) => {
    const needs = request.supportNeeds;
    return {
      n,
      id: volunteer.id,
      first_name: volunteer.firstName,
      last_name: volunteer.lastName,
      email: volunteer.email,
      phone: volunteer.phone,
      preferred_language: volunteer.preferredLanguage,
      date_of_birth: volunteer.dateOfBirth,
      postcode: volunteer.postcode,
      travel_radius_km: volunteer.travelRadiusKm,
      skills: volunteer.skills,
      interests: volunteer.interests,
      availability: volunteer.availability,
      hours_per_week: volunteer.hoursPerWeek,
      languages: volunteer.languages,
      dutch_level: volunteer.dutchLevel,
      vog_status: volunteer.vogStatus,
      vog_valid_until: volunteer.vogValidUntil,
      is_student: volunteer.isStudent,
      registered_by: volunteer.registeredBy,
      consents: request.consents.map((c) => ({ id: uuidv7(), purpose: c.purpose, text_version: c.textVersion })),
      support_needs: needs
        ? {
            referral_source: needs.referralSource ?? null,
            target_group: needs.targetGroup ?? null,
            guidance_needed: needs.guidanceNeeded,
            consent_text_version: request.consents.find((c) => c.purpose === ConsentPurpose.SupportNeeds)!.textVersion,
          }
        : null,
    };
  });
  const rows = (await manager.query(
    `WITH input AS MATERIALIZED (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(
         n int, id uuid, first_name text, last_name text, email text, phone text, preferred_language text, date_of_birth date,
         postcode text, travel_radius_km int, skills text[], interests text[], availability jsonb, hours_per_week int, languages text[],
         dutch_level text, vog_status text, vog_valid_until date, is_student boolean, registered_by text, consents jsonb, support_needs jsonb)
     ),
     person AS (
       INSERT INTO volunteer (id, centre_id, status, first_name, last_name, email, phone, preferred_language, date_of_birth,
                              postcode, travel_radius_km, skills, interests, availability, hours_per_week, languages,
                              dutch_level, vog_status, vog_valid_until, is_student, paused_until, registered_by, erased_at)
       SELECT id, $2, 'active', first_name, last_name, email, phone, preferred_language, date_of_birth,
              postcode, travel_radius_km, skills, interests, availability, hours_per_week, languages,
              dutch_level, vog_status, vog_valid_until, is_student, NULL, registered_by, NULL
         FROM input ORDER BY n
       ON CONFLICT (centre_id, lower(email)) WHERE email IS NOT NULL DO NOTHING
       RETURNING id, centre_id
     ),
     consents AS (
       INSERT INTO volunteer_consent (id, volunteer_id, centre_id, purpose, text_version, given_at, withdrawn_at)
       SELECT c.id, person.id, person.centre_id, c.purpose, c.text_version, $3::timestamptz, NULL
         FROM person JOIN input USING (id), jsonb_to_recordset(input.consents) AS c(id uuid, purpose text, text_version text)
     ),
     needs AS (
       INSERT INTO volunteer_support_needs (volunteer_id, centre_id, referral_source, target_group, guidance_needed,
                                            consent_text_version, recorded_at)
       SELECT person.id, person.centre_id, s.referral_source, s.target_group, s.guidance_needed, s.consent_text_version, $3::timestamptz
         FROM person JOIN input USING (id),
              jsonb_to_record(input.support_needs) AS s(referral_source text, target_group text, guidance_needed boolean, consent_text_version text)
        WHERE input.support_needs IS NOT NULL
     )
     SELECT id FROM person`,
    [JSON.stringify(people), centreId, new Date()],
  )) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}
