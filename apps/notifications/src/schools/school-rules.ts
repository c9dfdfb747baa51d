import { masSignOffRecordedV1 } from '@vc/contracts';
import type { EventConsumer } from '@vc/messaging';
import { dutchDate } from '../organisations/organisation-rules.js';
import { enqueuePartyMessage } from '../organisations/party-messages.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';

const hours = (value: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value);

/**
 * A school's coordinators are told a student's MaS was signed off (ADR 47), from matching's
 * restricted sign-off record (public placement events never name the school). A school is an
 * organisation: its coordinators are in the organisation directory, and the message takes the
 * organisations' path, split per coordinator. The student's name is read from the volunteer
 * directory at send time, never stored in the message; their erasure cancels or blanks it.
 * A record without a volunteer (erased before the sign-off) queues nothing: there is no one to name.
 */
export function consumeSchoolSignOffs(consumer: EventConsumer): EventConsumer {
  return consumer.on(masSignOffRecordedV1, async (event, { manager }) => {
    const { placementId, centreId, schoolOrganisationId, volunteerId, requiredHours, confirmedHours, signedOffOn } = event.payload;
    if (!volunteerId) return;
    await actConsortiumWide(manager);
    await enqueuePartyMessage(manager, {
      kind: 'organisation',
      partyId: schoolOrganisationId,
      aboutVolunteerId: volunteerId,
      centreId,
      template: 'school-mas-hours-signed-off',
      // Once per placement and coordinator, however often the record is delivered.
      cause: `mas-school:${placementId}`,
      sourceEventType: event.type,
      variables: { hours: hours(confirmedHours), requiredHours: hours(requiredHours), signedOffOn: dutchDate(signedOffOn) },
    });
  });
}
