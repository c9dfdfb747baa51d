import { Inject, Injectable } from '@nestjs/common';
import { beursvloerScheduledV1 } from '@vc/contracts';
import { UnprocessableProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import { findRow } from '../shared/problems.js';
import type { ScheduleBeursvloerRequest, UpdateBoardRequest } from './beursvloer.request.dto.js';

export interface BeursvloerRow {
  id: string;
  centre_id: string;
  name: string;
  date: string | Date;
  place: string;
  postcode_area: string | null;
  business_ids: string[];
  organisation_ids: string[];
  offer_ids: string[];
  need_ids: string[];
  created_at: Date;
}

@Injectable()
export class BeursvloerenHandler {
  constructor(@Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher) {}

  async schedule(manager: EntityManager, centreId: string, request: ScheduleBeursvloerRequest): Promise<BeursvloerRow> {
    await this.publisher.regionOf(manager, centreId);
    const id = uuidv7();
    const [row] = (await manager.query(
      `INSERT INTO beursvloer (id, centre_id, name, date, place, postcode_area) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [id, centreId, request.name, request.date, request.place, request.postcodeArea ?? null],
    )) as BeursvloerRow[];
    await this.publisher.publish(manager, beursvloerScheduledV1, {
      subject: id,
      centreId,
      payload: {
        beursvloerId: id,
        centreId,
        name: request.name,
        date: request.date,
        place: request.place,
        postcodeArea: request.postcodeArea ?? null,
      },
    });
    return row!;
  }

  /**
   * Puts participants, offers and needs on the board. An offer brings its business along, a need
   * its organisation. Every id must be of this centre: one unknown id refuses the whole change.
   */
  async updateBoard(manager: EntityManager, centreId: string, id: string, request: UpdateBoardRequest): Promise<BeursvloerRow> {
    await findRow(manager, 'beursvloer', 'beursvloer', id, { sql: 'AND centre_id = $2', params: [centreId] }, { lock: true });
    // Returns each requested row's id and `owner` column; an id not of this centre refuses the change.
    const known = async (table: string, ids: string[] | undefined, owner = 'id'): Promise<Array<{ id: string; owner: string }>> => {
      if (!ids || ids.length === 0) return [];
      const rows = (await manager.query(`SELECT id, ${owner} AS owner FROM ${table} WHERE id = ANY($1::uuid[]) AND centre_id = $2`, [
        ids,
        centreId,
      ])) as Array<{ id: string; owner: string }>;
      if (rows.length !== ids.length) {
        const found = new Set(rows.map((r) => r.id));
        const missing = ids.filter((i) => !found.has(i.toLowerCase()));
        throw new UnprocessableProblem(`Not known in this centre: ${table} ${missing.join(', ')}`, `unknown-${table}`);
      }
      return rows;
    };
    const offers = await known('offer', request.offerIds, 'business_id');
    const needs = await known('need', request.needIds, 'organisation_id');
    const businesses = [...(await known('business', request.businessIds)), ...offers.map((o) => ({ id: o.owner, owner: o.owner }))];
    const organisations = [...(await known('organisation', request.organisationIds)), ...needs.map((n) => ({ id: n.owner, owner: n.owner }))];
    const [updated] = (await manager.query(
      `UPDATE beursvloer SET
         business_ids = ARRAY(SELECT DISTINCT unnest(business_ids || $2::uuid[])),
         organisation_ids = ARRAY(SELECT DISTINCT unnest(organisation_ids || $3::uuid[])),
         offer_ids = ARRAY(SELECT DISTINCT unnest(offer_ids || $4::uuid[])),
         need_ids = ARRAY(SELECT DISTINCT unnest(need_ids || $5::uuid[]))
       WHERE id = $1 RETURNING *`,
      [id, businesses.map((b) => b.id), organisations.map((o) => o.id), offers.map((o) => o.id), needs.map((n) => n.id)],
    )) as BeursvloerRow[][];
    return updated![0]!;
  }
}
