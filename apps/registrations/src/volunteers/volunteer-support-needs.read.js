import { currentEventContext } from '@vc/messaging';
import { SupportNeedsRead } from './support-needs-read.entity.js';
import { VolunteerSupportNeeds } from './volunteer-support-needs.entity.js';
/**
 * The only way support needs are read: the audit row (who, when, which request) is written in the
 * same transaction, so there is no read without its record. Nothing is recorded when there are none.
 */
export async function readSupportNeeds(manager, volunteer, readBy) {
    const needs = await manager.findOneBy(VolunteerSupportNeeds, { volunteerId: volunteer.id, centreId: volunteer.centreId });
    if (!needs)
        return null;
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
//# sourceMappingURL=volunteer-support-needs.read.js.map