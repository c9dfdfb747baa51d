import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { SupportNeedsRead } from '../support-needs-read.entity.js';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { readSupportNeeds, type SupportNeedsView } from '../volunteer-support-needs.read.js';
import { volunteerViewOf, type VolunteerView } from '../volunteer.view.js';

export interface VolunteerDataExport {
  exportedAt: string;
  volunteer: VolunteerView;
  consents: Array<{ purpose: string; textVersion: string; givenAt: string; withdrawnAt: string | null }>;
  /** Null when none were recorded; left out (and named in `withheld`) for callers who may not see them. */
  supportNeeds?: SupportNeedsView | null;
  /** Who read the support needs, and when (this export included). */
  supportNeedsReads?: Array<{ readAt: string; readBy: string }>;
  withheld?: string[];
}

@Injectable()
export class ExportVolunteerDataHandler {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Everything stored about the person. Support needs go only to the person and to consultants, as
   * everywhere else: a centre admin's export names them as withheld, whether or not there are any.
   */
  async export(access: VolunteerAccess, volunteerId: string, mayReadSupportNeeds: boolean): Promise<VolunteerDataExport> {
    return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, volunteerId);
      const consents = await manager.find(VolunteerConsent, {
        where: { volunteerId, centreId: access.centreId },
        order: { givenAt: 'ASC', purpose: 'ASC' },
      });
      const exported: VolunteerDataExport = {
        exportedAt: new Date().toISOString(),
        volunteer: volunteerViewOf(volunteer),
        consents: consents.map((c) => ({
          purpose: c.purpose,
          textVersion: c.textVersion,
          givenAt: c.givenAt.toISOString(),
          withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
        })),
      };
      if (!mayReadSupportNeeds) return { ...exported, withheld: ['supportNeeds', 'supportNeedsReads'] };

      const supportNeeds = await readSupportNeeds(manager, volunteer, access.actor);
      const reads = await manager.find(SupportNeedsRead, {
        where: { volunteerId, centreId: access.centreId },
        order: { readAt: 'ASC', id: 'ASC' },
      });
      return {
        ...exported,
        supportNeeds,
        supportNeedsReads: reads.map((r) => ({ readAt: r.readAt.toISOString(), readBy: r.readBy })),
      };
    });
  }
}
