import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerReceiptOf, type VolunteerReceipt } from '../volunteer.view.js';
import { statusAfter, type VolunteerTransition } from './volunteer-transitions.js';

@Injectable()
export class ChangeVolunteerStatusHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  async change(
    access: VolunteerAccess,
    volunteerId: string,
    transition: VolunteerTransition,
    options: { pausedUntil?: string } = {},
  ): Promise<VolunteerReceipt> {
    return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
      volunteer.status = statusAfter(volunteer.status, transition);
      volunteer.pausedUntil = transition === 'pause' ? (options.pausedUntil ?? null) : null;
      await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, { status: volunteer.status, pausedUntil: volunteer.pausedUntil });

      if (transition === 'pause') await this.events.paused(manager, volunteer);
      else if (transition === 'resume') await this.events.resumed(manager, volunteer);
      else await this.events.left(manager, volunteer);
      return volunteerReceiptOf(volunteer);
    });
  }
}
