import { Inject, Injectable } from '@nestjs/common';
import {
  dealCarriedOutV1,
  dealContactedV1,
  dealMarkedNotFeasibleV1,
  dealPledgedV1,
  dealRatifiedV1,
  type BeursvloerCategory,
  type DealStatus,
  type EventContract,
} from '@vc/contracts';
import { ForbiddenProblem, NotFoundProblem, UnprocessableProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import type { Actor } from '../shared/access.js';
import { addDays, dateInAmsterdam } from '../shared/amsterdam-date.js';
import { moneyFieldsOf } from '../shared/money.js';
import { findRow, MoneyNotAllowedProblem } from '../shared/problems.js';
import { confirmDeal, statusAfter, type ConfirmingParty, type DealAction } from './deal-lifecycle.js';
import { dealSnapshotOf, type DealRow } from './deal.view.js';
import type { EstimateValueRequest, PledgeDealRequest } from './deal.request.dto.js';

/** Party B has two weeks from ratification to make contact (the Beursvloer method's rule). */
export const CONTACT_DEADLINE_DAYS = 14;

const EVENT_OF: Partial<Record<DealStatus, EventContract<object>>> = {
  ratified: dealRatifiedV1,
  contacted: dealContactedV1,
  'carried-out': dealCarriedOutV1,
  'not-feasible': dealMarkedNotFeasibleV1,
};

/**
 * The deal if the actor may see it: staff every deal of their centre; a business contact the deals
 * of their businesses; a coordinator those of their organisation. Others' deals answer 404.
 */
export async function findDealFor(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<DealRow> {
  const deal = await findRow<DealRow>(manager, 'deal', 'deal', id, { sql: 'AND centre_id = $2', params: [actor.centreId] }, { lock });
  if (!(await isPartyOrStaff(manager, actor, deal))) throw new NotFoundProblem('deal', id);
  return deal;
}

async function isPartyOrStaff(manager: EntityManager, actor: Actor, deal: DealRow): Promise<boolean> {
  if (actor.kind === 'staff') return true;
  if (actor.kind === 'organisation') return actor.organisationId === deal.organisation_id;
  return actsForBusiness(manager, actor, deal.business_id);
}

async function actsForBusiness(manager: EntityManager, actor: Actor, businessId: string): Promise<boolean> {
  if (actor.kind !== 'business') return false;
  const rows = (await manager.query(`SELECT 1 FROM business WHERE id = $1 AND contact_account = $2`, [businessId, actor.account])) as unknown[];
  return rows.length > 0;
}

/** The side of the deal the actor stands on, if any: the organiser is centre staff. */
function sideOf(actor: Actor, deal: DealRow, business: boolean): 'business' | 'organisation' | 'organiser' | null {
  if (actor.kind === 'staff') return 'organiser';
  if (actor.kind === 'organisation' && actor.organisationId === deal.organisation_id) return 'organisation';
  if (actor.kind === 'business' && business) return 'business';
  return null;
}

@Injectable()
export class DealsHandler {
  constructor(@Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher) {}

  /** Records a pledged deal (usually the organiser, at the Beursvloer); money is refused before anything is stored. */
  async pledgeDeal(manager: EntityManager, actor: Actor, request: PledgeDealRequest): Promise<DealRow> {
    const money = moneyFieldsOf({ category: request.category });
    if (money.length > 0) throw new MoneyNotAllowedProblem(money);
    const centreId = actor.centreId;
    const exists = async (table: string, id: string, extra = '', params: unknown[] = []) =>
      ((await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND centre_id = $2 ${extra}`, [id, centreId, ...params])) as unknown[])
        .length > 0;
    if (!(await exists('business', request.businessId))) throw new NotFoundProblem('business', request.businessId);
    if (!(await exists('organisation', request.organisationId))) throw new NotFoundProblem('organisation', request.organisationId);
    if (request.beursvloerId && !(await exists('beursvloer', request.beursvloerId))) {
      throw new NotFoundProblem('beursvloer', request.beursvloerId);
    }
    if (request.offerId && !(await exists('offer', request.offerId, 'AND business_id = $3', [request.businessId]))) {
      throw new UnprocessableProblem(`Offer ${request.offerId} is not an offer of business ${request.businessId}`, 'offer-of-other-business');
    }
    if (request.needId && !(await exists('need', request.needId, 'AND organisation_id = $3', [request.organisationId]))) {
      throw new UnprocessableProblem(`Need ${request.needId} is not a need of organisation ${request.organisationId}`, 'need-of-other-organisation');
    }
    const id = uuidv7();
    const [deal] = (await manager.query(
      `INSERT INTO deal (id, centre_id, beursvloer_id, business_id, organisation_id, offer_id, need_id, category, description,
                         contact_party, employee_hours, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pledged') RETURNING *`,
      [
        id,
        centreId,
        request.beursvloerId ?? null,
        request.businessId,
        request.organisationId,
        request.offerId ?? null,
        request.needId ?? null,
        request.category as BeursvloerCategory,
        request.description,
        request.contactParty ?? 'organisation',
        request.employeeHours ?? null,
      ],
    )) as DealRow[];
    await this.publisher.publish(manager, dealPledgedV1, {
      subject: id,
      centreId,
      payload: { ...dealSnapshotOf(deal!), status: 'pledged' },
    });
    return deal!;
  }

  /**
   * One party's signature on the deal form. A business contact signs for their business, a
   * coordinator for their organisation; staff record the organiser's signature and may record a
   * party's signature from the paper form. The third signature ratifies and starts the two weeks.
   */
  async confirm(manager: EntityManager, actor: Actor, id: string, party: ConfirmingParty, now = new Date()): Promise<DealRow> {
    const deal = await findDealFor(manager, actor, id, true);
    const side = sideOf(actor, deal, await actsForBusiness(manager, actor, deal.business_id));
    if (side !== 'organiser' && side !== party) throw new ForbiddenProblem(`You cannot confirm this deal for the ${party}`);
    const next = confirmDeal(deal.status, deal.confirmations, party, { at: now.toISOString(), account: actor.account });
    const ratified = next.status === 'ratified';
    const [updated] = (await manager.query(
      `UPDATE deal SET confirmations = $2, status = $3, ratified_at = $4, contact_due_on = $5, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [
        id,
        JSON.stringify(next.confirmations),
        next.status,
        ratified ? now : null,
        ratified ? addDays(dateInAmsterdam(now), CONTACT_DEADLINE_DAYS) : null,
      ],
    )) as DealRow[][];
    const row = updated![0]!;
    if (ratified) await this.publishStatus(manager, row);
    return row;
  }

  /**
   * Contact made (by the contact party, or recorded by staff), carried out, or not feasible (with
   * a reason). Carrying out and giving up may be reported by either party or by staff.
   */
  async transition(manager: EntityManager, actor: Actor, id: string, action: Exclude<DealAction, 'confirm'>, reason?: string): Promise<DealRow> {
    const deal = await findDealFor(manager, actor, id, true);
    const side = sideOf(actor, deal, await actsForBusiness(manager, actor, deal.business_id));
    if (action === 'record-contact' && side !== 'organiser' && side !== deal.contact_party) {
      throw new ForbiddenProblem(`Contact is recorded by the ${deal.contact_party} that had to make it, or by the centre`);
    }
    const status = statusAfter(deal.status, action);
    const column = { 'record-contact': 'contacted_at', 'carry-out': 'carried_out_at', 'mark-not-feasible': 'not_feasible_at' }[action];
    const [updated] = (await manager.query(
      `UPDATE deal SET status = $2, ${column} = now(), not_feasible_reason = coalesce($3, not_feasible_reason), updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, status, reason ?? null],
    )) as DealRow[][];
    const row = updated![0]!;
    await this.publishStatus(manager, row);
    return row;
  }

  /** The organiser validates an estimate of the deal's social value; not a state change, so no event. */
  async estimateValue(manager: EntityManager, actor: Actor, id: string, request: EstimateValueRequest): Promise<DealRow> {
    if (actor.kind !== 'staff') throw new ForbiddenProblem('Only the centre validates a social value');
    const deal = await findDealFor(manager, actor, id, true);
    if (deal.status === 'not-feasible') {
      throw new UnprocessableProblem('A deal that was not feasible has no social value to estimate', 'deal-not-feasible');
    }
    const [updated] = (await manager.query(
      `UPDATE deal SET estimated_value_eur = $2, valuation_method = $3, value_validated_by = $4, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, request.estimatedValueEur, request.valuationMethod, actor.account],
    )) as DealRow[][];
    return updated![0]!;
  }

  private async publishStatus(manager: EntityManager, row: DealRow): Promise<void> {
    const contract = EVENT_OF[row.status];
    if (!contract) throw new Error(`No event for deal status ${row.status}`);
    await this.publisher.publish(manager, contract, {
      subject: row.id,
      centreId: row.centre_id,
      payload: { ...dealSnapshotOf(row), status: row.status },
    });
  }
}
