import { Inject, Injectable } from '@nestjs/common';
import { campaignClosedV1, campaignOpenedV1 } from '@vc/contracts';
import { InvalidTransitionProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import { dateOrNull } from '../shared/amsterdam-date.js';
import { findRow } from '../shared/problems.js';
import type { OpenCampaignRequest } from './campaign.request.dto.js';

export interface CampaignRow {
  id: string;
  centre_id: string;
  name: string;
  starts_on: string | Date;
  ends_on: string | Date;
  status: 'open' | 'closed';
  deadlines: Array<{ label: string; date: string }>;
  created_at: Date;
  closed_at: Date | null;
}

const snapshotOf = (row: CampaignRow) => ({
  campaignId: row.id,
  centreId: row.centre_id,
  name: row.name,
  startsOn: dateOrNull(row.starts_on)!,
  endsOn: dateOrNull(row.ends_on)!,
});

@Injectable()
export class CampaignsHandler {
  constructor(@Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher) {}

  async open(manager: EntityManager, centreId: string, request: OpenCampaignRequest): Promise<CampaignRow> {
    await this.publisher.regionOf(manager, centreId);
    const id = uuidv7();
    const deadlines = [...(request.deadlines ?? [])].sort((a, b) => a.date.localeCompare(b.date)).map(({ label, date }) => ({ label, date }));
    const [row] = (await manager.query(
      `INSERT INTO campaign (id, centre_id, name, starts_on, ends_on, status, deadlines) VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING *`,
      [id, centreId, request.name, request.startsOn, request.endsOn, JSON.stringify(deadlines)],
    )) as CampaignRow[];
    await this.publisher.publish(manager, campaignOpenedV1, { subject: id, centreId, payload: { ...snapshotOf(row!), status: 'open' } });
    return row!;
  }

  async close(manager: EntityManager, centreId: string, id: string): Promise<CampaignRow> {
    const campaign = await findRow<CampaignRow>(manager, 'campaign', 'campaign', id, { sql: 'AND centre_id = $2', params: [centreId] }, { lock: true });
    if (campaign.status !== 'open') throw new InvalidTransitionProblem(campaign.status, 'closed');
    const [updated] = (await manager.query(`UPDATE campaign SET status = 'closed', closed_at = now() WHERE id = $1 RETURNING *`, [
      id,
    ])) as CampaignRow[][];
    const row = updated![0]!;
    await this.publisher.publish(manager, campaignClosedV1, { subject: id, centreId, payload: { ...snapshotOf(row), status: 'closed' } });
    return row;
  }
}
