import { Inject, Injectable } from '@nestjs/common';
import { needPublishedV1, type BeursvloerCategory } from '@vc/contracts';
import { ForbiddenProblem, NotFoundProblem, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import type { Actor } from '../shared/access.js';
import { moneyFieldsOf } from '../shared/money.js';
import { MoneyNotAllowedProblem } from '../shared/problems.js';
import type { PublishNeedRequest } from './need.request.dto.js';
import type { NeedRow } from './need.view.js';

/** The organisation a need is published for: the coordinator's own, or the one staff name. */
function organisationFor(actor: Actor, requested: string | undefined): string {
  if (actor.kind === 'organisation') {
    if (requested !== undefined && requested.toLowerCase() !== actor.organisationId) {
      throw new ForbiddenProblem('A coordinator publishes needs only for their own organisation');
    }
    return actor.organisationId;
  }
  if (actor.kind !== 'staff') throw new ForbiddenProblem();
  if (requested === undefined) throw new ValidationProblem([{ field: 'organisationId', messages: ['organisationId is required for centre staff'] }]);
  return requested.toLowerCase();
}

@Injectable()
export class NeedsHandler {
  constructor(@Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher) {}

  /** Publishes a need of a (registered or verified) organisation; a request for money is refused (422). */
  async publishNeed(manager: EntityManager, actor: Actor, request: PublishNeedRequest): Promise<NeedRow> {
    const money = moneyFieldsOf({ category: request.category, unit: request.unit });
    if (money.length > 0) throw new MoneyNotAllowedProblem(money);
    const organisationId = organisationFor(actor, request.organisationId);
    const [organisation] = (await manager.query(`SELECT id, name FROM organisation WHERE id = $1 AND centre_id = $2`, [
      organisationId,
      actor.centreId,
    ])) as Array<{ id: string; name: string }>;
    if (!organisation) throw new NotFoundProblem('organisation', organisationId);
    const id = uuidv7();
    const category = request.category as BeursvloerCategory;
    const [row] = (await manager.query(
      `INSERT INTO need (id, centre_id, organisation_id, category, title, description, skills, quantity, unit, needed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        id,
        actor.centreId,
        organisationId,
        category,
        request.title,
        request.description,
        request.skills ?? [],
        request.quantity ?? null,
        request.unit ?? null,
        request.neededBy ?? null,
      ],
    )) as NeedRow[];
    await this.publisher.publish(manager, needPublishedV1, {
      subject: id,
      centreId: actor.centreId,
      payload: {
        needId: id,
        organisationId,
        centreId: actor.centreId,
        category,
        title: request.title,
        neededBy: request.neededBy ?? null,
      },
    });
    return { ...row!, organisation_name: organisation.name };
  }
}
