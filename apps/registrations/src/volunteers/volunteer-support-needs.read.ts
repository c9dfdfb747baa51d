import { currentEventContext } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { SupportNeedsRead } from './support-needs-read.entity.js';
import { VolunteerSupportNeeds } from './volunteer-support-needs.entity.js';
import type { Volunteer } from './volunteer.entity.js';

export interface SupportNeedsView {
  referralSource: string | null;
  targetGroup: string | null;
  guidanceNeeded: boolean;
  consentTextVersion: string;
  recordedAt: string;
}

/**
 * The only way support needs are read: the audit row (who, when, which request) is written in the
 * same transaction, so there is no read without its record. Nothing is recorded when there are none.
 */
export async function readSupportNeeds(manager: EntityManager, volunteer: Volunteer, readBy: string): Promise<SupportNeedsView | null> {
  const needs = await manager.findOneBy(VolunteerSupportNeeds, { volunteerId: volunteer.id, centreId: volunteer.centreId });
  if (!needs) return null;
  await manager.insert(SupportNeedsRead, {
    centreId: volunteer.centreId,
    volunteerId: volunteer.id,
    readBy,
    readAt: new Date(),
    correlationId: currentEventContext()?.correlationId ?? null,
  });
  return {
    referralSource: needs.referralSource,
    targetGroup: needs.targetGroup,
    guidanceNeeded: needs.guidanceNeeded,
    consentTextVersion: needs.consentTextVersion,
    recordedAt: needs.recordedAt.toISOString(),
  };
}
