import { Body, Controller, Get, Header, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, UnprocessableProblem, type Principal } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { volunteerOf } from '../inbox/inbox.http.controller.js';
import { OPTIONAL_CATEGORIES, type Category } from '../templates/template-catalogue.js';
import { centreOf } from '../tenancy/tenant-scope.js';
import { UpdatePreferencesRequest } from './preferences.request.dto.js';

export interface PreferencesView {
  /** Always false for transactional messages: they cannot be switched off. */
  optedOut: Category[];
  quietHours: { starts: string; ends: string } | null;
}

export async function readPreferences(manager: EntityManager, volunteerId: string): Promise<PreferencesView> {
  const optedOut = (await manager.query(`SELECT category FROM preference WHERE volunteer_id = $1 AND opted_out ORDER BY category`, [volunteerId])) as Array<{
    category: Category;
  }>;
  const [quiet] = (await manager.query(`SELECT to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends FROM quiet_hours WHERE volunteer_id = $1`, [
    volunteerId,
  ])) as Array<{ starts: string; ends: string }>;
  return { optedOut: optedOut.map((row) => row.category), quietHours: quiet ?? null };
}

export async function setOptOut(manager: EntityManager, volunteerId: string, centreId: string, category: Category, optedOut: boolean): Promise<void> {
  await manager.query(
    `INSERT INTO preference (volunteer_id, centre_id, category, opted_out) VALUES ($1, $2, $3, $4)
     ON CONFLICT (volunteer_id, category) DO UPDATE SET opted_out = EXCLUDED.opted_out, changed_at = now()`,
    [volunteerId, centreId, category, optedOut],
  );
}

/** A volunteer's own message preferences. */
@ApiTags('preferences')
@ApiBearerAuth()
@Controller('v1/me/preferences')
export class PreferencesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('volunteer')
  @Header('Cache-Control', 'no-store')
  async get(@CurrentPrincipal() principal: Principal): Promise<PreferencesView> {
    const volunteerId = volunteerOf(principal);
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) => readPreferences(manager, volunteerId));
  }

  /** Replaces the preferences as a whole. */
  @Put()
  @Roles('volunteer')
  async put(@Body() request: UpdatePreferencesRequest, @CurrentPrincipal() principal: Principal): Promise<PreferencesView> {
    const volunteerId = volunteerOf(principal);
    const centreId = centreOf(principal);
    if (request.quietHours && request.quietHours.starts === request.quietHours.ends) {
      throw new UnprocessableProblem('Quiet hours must not start and end at the same time; send quietHours null for none', 'empty-quiet-hours');
    }
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      for (const category of OPTIONAL_CATEGORIES) await setOptOut(manager, volunteerId, centreId, category, request.optedOut.includes(category));
      await manager.query(`DELETE FROM quiet_hours WHERE volunteer_id = $1`, [volunteerId]);
      if (request.quietHours) {
        await manager.query(`INSERT INTO quiet_hours (volunteer_id, centre_id, starts, ends) VALUES ($1, $2, $3, $4)`, [
          volunteerId,
          centreId,
          request.quietHours.starts,
          request.quietHours.ends,
        ]);
      }
      return readPreferences(manager, volunteerId);
    });
  }
}
