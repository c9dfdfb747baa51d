import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { mediationCaseFollowUpRecordedV1 } from '@vc/contracts';
import { CurrentPrincipal, NotFoundProblem, type Principal, Roles, runInTenant, todayInAmsterdam, ValidationProblem } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { followUpsOf } from '../case-queries.js';
import { centreOf, findCase } from '../mediation-access.js';
import { caseViewOf, type CaseView } from '../mediation-case.view.js';
import { followUpEvent, type FollowUpRow } from '../mediation-events.js';
import { nextMediationStatus } from '../mediation-lifecycle.js';
import { RecordFollowUpRequest } from './record-follow-up.request.dto.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/mediation-cases')
export class RecordFollowUpHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WorkflowEvents) private readonly events: WorkflowEvents,
  ) {}

  /** The consultant had the follow-up conversation; what was said becomes a note, never part of the event. */
  @Post(':id/follow-ups/:followUpId/done')
  @HttpCode(200)
  @Roles('consultant')
  async recordFollowUp(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('followUpId', new ParseUUIDPipe()) followUpId: string,
    @Body() request: RecordFollowUpRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseView> {
    const centreId = centreOf(principal);
    const now = new Date();
    const doneOn = request.doneOn ?? todayInAmsterdam(now);
    if (doneOn > todayInAmsterdam(now)) throw new ValidationProblem([{ field: 'doneOn', messages: ['doneOn must not be in the future'] }]);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const found = await findCase(manager, centreId, id, { lock: true });
      nextMediationStatus(found.status, 'record-follow-up');
      const [updated] = (await manager.query(
        `UPDATE mediation_follow_up SET done_on = $3 WHERE id = $1 AND case_id = $2
         RETURNING id, kind, due_on::text AS "dueOn", done_on::text AS "doneOn"`,
        [followUpId.toLowerCase(), found.id, doneOn],
      )) as [FollowUpRow[], number];
      const row = updated[0];
      if (!row) throw new NotFoundProblem('follow-up', followUpId);
      if (request.note !== undefined) {
        await manager.query(`INSERT INTO mediation_note (id, case_id, centre_id, author, text) VALUES ($1, $2, $3, $4, $5)`, [
          uuidv7(),
          found.id,
          centreId,
          principal.subject,
          request.note.trim(),
        ]);
      }
      await this.events.publish(manager, mediationCaseFollowUpRecordedV1, followUpEvent(found, row, now));
      return caseViewOf(found, (await followUpsOf(manager, [found.id])).get(found.id) ?? []);
    });
  }
}
