import { Inject, Injectable } from '@nestjs/common';
import { businessContactChangedV1, businessJoinedV1, offerPublishedV1, type BusinessContactChangedV1, type OfferKind } from '@vc/contracts';
import { ConflictProblem, ForbiddenProblem, returnedRows } from '@vc/service-kit';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import type { Actor } from '../shared/access.js';
import { moneyFieldsOf } from '../shared/money.js';
import { findRow, MoneyNotAllowedProblem } from '../shared/problems.js';
import type { BusinessRow, OfferRow } from './business.view.js';
import type { ContactPersonRequest, PublishOfferRequest, RegisterBusinessRequest } from './business.request.dto.js';
import { categoryOfOffer } from './offer-category.js';

const UNIQUE_VIOLATION = '23505';

/**
 * The business if the actor may act for it: staff for every business of their centre, a business
 * contact only for the businesses whose account they are. Others' ids answer 404, like unknown ones.
 */
export async function findBusinessFor(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<BusinessRow> {
  if (actor.kind === 'organisation') throw new ForbiddenProblem();
  const own = actor.kind === 'business' ? { sql: 'AND contact_account = $3', params: [actor.account] } : { sql: '', params: [] };
  return findRow<BusinessRow>(
    manager,
    'business',
    'business',
    id,
    { sql: `AND centre_id = $2 ${own.sql}`, params: [actor.centreId, ...own.params] },
    { lock },
  );
}

@Injectable()
export class BusinessesHandler {
  constructor(@Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher) {}

  /**
   * Registers the business with the caller's centre and publishes business.joined (without its
   * contact person) and, on the restricted topic, how to reach the contact person: one outbox write.
   */
  async registerBusiness(manager: EntityManager, actor: Actor, request: RegisterBusinessRequest): Promise<BusinessRow> {
    await this.publisher.regionOf(manager, actor.centreId);
    const id = uuidv7();
    let row: BusinessRow;
    try {
      [row] = (await manager.query(
        `INSERT INTO business (id, centre_id, name, kvk_number, size, sector, postcode_area, contact_name, contact_email, contact_phone, contact_account)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
        [
          id,
          actor.centreId,
          request.name,
          request.kvkNumber,
          request.size,
          request.sector,
          request.postcodeArea ?? null,
          request.contactPerson.name,
          request.contactPerson.email,
          request.contactPerson.phone ?? null,
          actor.kind === 'business' ? actor.account : null,
        ],
      )) as BusinessRow[];
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictProblem(`A business with KvK number ${request.kvkNumber} has joined this centre already`, 'duplicate-kvk-number');
      }
      throw error;
    }
    await this.publisher.publish(manager, businessJoinedV1, {
      subject: id,
      centreId: actor.centreId,
      payload: {
        businessId: id,
        centreId: actor.centreId,
        name: row!.name,
        kvkNumber: row!.kvk_number,
        size: row!.size,
        sector: row!.sector,
        postcodeArea: row!.postcode_area,
      },
    });
    await this.publishContact(manager, row!);
    return row!;
  }

  /**
   * Replaces the business's contact person (name, email, phone) and publishes the new record on the
   * restricted topic in the same transaction. The account that acts for the business stays as it
   * is: linking another person's account is not built (ADR 32).
   */
  async changeContactPerson(manager: EntityManager, actor: Actor, businessId: string, request: ContactPersonRequest): Promise<BusinessRow> {
    const business = await findBusinessFor(manager, actor, businessId, true);
    const [updated] = returnedRows<BusinessRow>(
      await manager.query(`UPDATE business SET contact_name = $2, contact_email = $3, contact_phone = $4 WHERE id = $1 RETURNING *`, [
        business.id,
        request.name,
        request.email,
        request.phone ?? null,
      ]),
    );
    await this.publishContact(manager, updated!);
    return updated!;
  }

  /** Publishes an offer of the business; offering money is refused (422) before anything is stored. */
  async publishOffer(manager: EntityManager, actor: Actor, businessId: string, request: PublishOfferRequest): Promise<OfferRow> {
    const money = moneyFieldsOf({ kind: request.kind, unit: request.unit });
    if (money.length > 0) throw new MoneyNotAllowedProblem(money);
    const business = await findBusinessFor(manager, actor, businessId);
    const kind = request.kind as OfferKind;
    const format = kind === 'employee-time' ? (request.employeeTimeFormat ?? null) : null;
    const category = categoryOfOffer(kind, format);
    const id = uuidv7();
    const [row] = (await manager.query(
      `INSERT INTO offer (id, centre_id, business_id, kind, employee_time_format, category, title, description, skills, hours,
                          quantity, unit, available_from, available_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
      [
        id,
        business.centre_id,
        business.id,
        kind,
        format,
        category,
        request.title,
        request.description,
        request.skills ?? [],
        request.hours ?? null,
        request.quantity ?? null,
        request.unit ?? null,
        request.availableFrom ?? null,
        request.availableUntil ?? null,
      ],
    )) as OfferRow[];
    await this.publisher.publish(manager, offerPublishedV1, {
      subject: id,
      centreId: business.centre_id,
      payload: {
        offerId: id,
        businessId: business.id,
        centreId: business.centre_id,
        kind,
        category,
        title: request.title,
        hours: request.hours ?? null,
        availableFrom: request.availableFrom ?? null,
        availableUntil: request.availableUntil ?? null,
      },
    });
    return { ...row!, business_name: business.name };
  }

  /**
   * Removes the contact person's personal data (right to erasure): name, email, phone and the
   * account that acted for the business, also where that account confirmed a deal form. The
   * business and its deals stay, anonymously, so results keep counting them. A tombstone on the
   * restricted contact topic tells notifications to forget the person too.
   */
  async removeContactPerson(manager: EntityManager, actor: Actor, businessId: string): Promise<void> {
    const business = await findBusinessFor(manager, actor, businessId, true);
    await manager.query(
      `UPDATE deal SET confirmations = jsonb_set(confirmations, '{business,account}', '"removed"'), updated_at = now()
        WHERE business_id = $1 AND confirmations ? 'business'`,
      [business.id],
    );
    await manager.query(
      `UPDATE business SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_account = NULL,
                           contact_removed_at = coalesce(contact_removed_at, now())
        WHERE id = $1`,
      [business.id],
    );
    // Notifications forgets the address (and cancels what waits for it); once is enough.
    if (business.contact_email !== null) {
      await this.publisher.tombstone(manager, businessContactChangedV1, { subject: business.id, centreId: business.centre_id });
    }
  }

  /** The restricted record keyed by the business; a contact without a phone has no `phone` field (never null). */
  private async publishContact(manager: EntityManager, business: BusinessRow): Promise<void> {
    const payload: BusinessContactChangedV1 = {
      businessId: business.id,
      centreId: business.centre_id,
      businessName: business.name,
      contacts: [{ name: business.contact_name!, email: business.contact_email!, ...(business.contact_phone ? { phone: business.contact_phone } : {}) }],
    };
    await this.publisher.publish(manager, businessContactChangedV1, { subject: business.id, centreId: business.centre_id, payload });
  }
}
