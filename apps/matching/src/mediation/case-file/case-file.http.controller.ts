import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { currentEventContext } from '@vc/messaging';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { centreOf, findCase } from '../mediation-access.js';
import { AddNoteRequest } from './case-file.request.dto.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

export interface CaseFileView {
  caseId: string;
  sourceOrganisation: string | null;
  referralReason: string | null;
  goals: string | null;
  notes: Array<{ id: string; author: string; writtenAt: string; text: string }>;
}

/**
 * The private part of a case: the referral reason, goals and notes. Only the centre's consultants
 * read it, and each read is written to mediation_note_read in the same transaction, so there is
 * no read without its audit row.
 */
@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/mediation-cases')
export class CaseFileHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Post(':id/notes')
  @HttpCode(201)
  @Roles('consultant')
  async addNote(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: AddNoteRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ id: string; writtenAt: string }> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const found = await findCase(manager, centreId, id);
      const noteId = uuidv7();
      const [row] = (await manager.query(
        `INSERT INTO mediation_note (id, case_id, centre_id, author, text) VALUES ($1, $2, $3, $4, $5) RETURNING written_at`,
        [noteId, found.id, centreId, principal.subject, request.text.trim()],
      )) as Array<{ written_at: Date }>;
      return { id: noteId, writtenAt: row!.written_at.toISOString() };
    });
  }

  @Get(':id/file')
  @Roles('consultant')
  async readCaseFile(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseFileView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const found = await findCase(manager, centreId, id);
      await manager.query(`INSERT INTO mediation_note_read (centre_id, case_id, read_by, correlation_id) VALUES ($1, $2, $3, $4)`, [
        centreId,
        found.id,
        principal.subject,
        currentEventContext()?.correlationId ?? null,
      ]);
      const notes = (await manager.query(
        `SELECT id, author, written_at, text FROM mediation_note WHERE case_id = $1 ORDER BY written_at, id`,
        [found.id],
      )) as Array<{ id: string; author: string; written_at: Date; text: string }>;
      return {
        caseId: found.id,
        sourceOrganisation: found.sourceOrganisation,
        referralReason: found.referralReason,
        goals: found.goals,
        notes: notes.map((n) => ({ id: n.id, author: n.author, writtenAt: n.written_at.toISOString(), text: n.text })),
      };
    });
  }
}
