import { Injectable } from '@nestjs/common';
import {
  volunteerContactChangedV1,
  volunteerErasedV1,
  volunteerLeftV1,
  volunteerPausedV1,
  volunteerRegisteredV1,
  volunteerResumedV1,
  volunteerUpdatedV1,
  VolunteerStatus,
} from '@vc/contracts';
import { Outbox, type EventContext } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { Centre } from '../centres/centre.entity.js';
import { RegistrationsEventPublisher, type PendingEvent } from '../events/registrations-event-publisher.js';
import { VolunteerSupportNeeds } from './volunteer-support-needs.entity.js';
import type { Volunteer } from './volunteer.entity.js';
import { volunteerContactOf, volunteerProfileOf, type VolunteerProfilePayload } from './volunteer-event-payloads.js';
import { todayInAmsterdam } from './volunteer-values.js';

export interface NewVolunteer {
  volunteer: Volunteer;
  needsGuidance: boolean;
  /** The event context of the request that registered them; the current one when absent. */
  context?: EventContext;
}

/**
 * The volunteer's events, each added to the outbox in the caller's transaction. The one place that
 * turns a volunteer into payloads, so no use case can put more of the person into an event.
 */
@Injectable()
export class VolunteerEvents {
  private readonly regions = new Map<string, string>();

  constructor(
    private readonly publisher: RegistrationsEventPublisher,
    private readonly outbox: Outbox,
  ) {}

  /** What matching sees of the volunteer now; compare two to know whether anything it sees changed. */
  async profileOf(manager: EntityManager, volunteer: Volunteer): Promise<VolunteerProfilePayload> {
    const needs = await manager.findOneBy(VolunteerSupportNeeds, { volunteerId: volunteer.id, centreId: volunteer.centreId });
    return volunteerProfileOf(volunteer, {
      regionId: await this.regionOf(manager, volunteer.centreId),
      needsGuidance: needs?.guidanceNeeded ?? false,
      today: todayInAmsterdam(),
    });
  }

  /**
   * New volunteers: for each, the public profile and the restricted contact record, all in one
   * outbox write. `needsGuidance` comes from the registration itself, which saves reading back what
   * was just written; `context` is the registering request's, so each person's events carry its
   * correlation id even when several requests are written together.
   */
  async registered(manager: EntityManager, registrations: NewVolunteer[]): Promise<void> {
    if (registrations.length === 0) return;
    const today = todayInAmsterdam();
    const events: PendingEvent[] = [];
    for (const { volunteer, needsGuidance, context } of registrations) {
      const profile = volunteerProfileOf(volunteer, { regionId: await this.regionOf(manager, volunteer.centreId), needsGuidance, today });
      events.push(
        { contract: volunteerRegisteredV1, ...this.about(volunteer), payload: { ...profile, status: VolunteerStatus.Active }, context },
        { contract: volunteerContactChangedV1, ...this.about(volunteer), payload: volunteerContactOf(volunteer), context },
      );
    }
    await this.publisher.publishAll(manager, events);
  }

  async updated(manager: EntityManager, volunteer: Volunteer, profile: VolunteerProfilePayload): Promise<void> {
    await this.publisher.publish(manager, volunteerUpdatedV1, {
      ...this.about(volunteer),
      payload: { ...profile, status: volunteer.status as VolunteerStatus },
    });
  }

  async contactChanged(manager: EntityManager, volunteer: Volunteer): Promise<void> {
    await this.publisher.publish(manager, volunteerContactChangedV1, { ...this.about(volunteer), payload: volunteerContactOf(volunteer) });
  }

  async paused(manager: EntityManager, volunteer: Volunteer): Promise<void> {
    await this.publisher.publish(manager, volunteerPausedV1, {
      ...this.about(volunteer),
      payload: {
        ...(await this.refOf(manager, volunteer)),
        status: VolunteerStatus.Paused,
        ...(volunteer.pausedUntil === null ? {} : { pausedUntil: volunteer.pausedUntil }),
      },
    });
  }

  async resumed(manager: EntityManager, volunteer: Volunteer): Promise<void> {
    await this.publisher.publish(manager, volunteerResumedV1, {
      ...this.about(volunteer),
      payload: { ...(await this.refOf(manager, volunteer)), status: VolunteerStatus.Active },
    });
  }

  async left(manager: EntityManager, volunteer: Volunteer): Promise<void> {
    await this.publisher.publish(manager, volunteerLeftV1, {
      ...this.about(volunteer),
      payload: { ...(await this.refOf(manager, volunteer)), status: VolunteerStatus.Left },
    });
  }

  /** `volunteer.erased` for every consumer, and a tombstone that erases the key from the compacted contact topic. */
  async erased(manager: EntityManager, volunteer: Volunteer, erasedAt: Date): Promise<void> {
    const ref = await this.refOf(manager, volunteer);
    await this.publisher.publish(manager, volunteerErasedV1, {
      ...this.about(volunteer),
      payload: { ...ref, erasedAt: erasedAt.toISOString() },
    });
    await this.outbox.addTombstone(manager, volunteerContactChangedV1, {
      subject: volunteer.id,
      centreId: volunteer.centreId,
      regionId: ref.regionId,
    });
  }

  private about(volunteer: Volunteer): { subject: string; centreId: string } {
    return { subject: volunteer.id, centreId: volunteer.centreId };
  }

  private async refOf(manager: EntityManager, volunteer: Volunteer): Promise<{ volunteerId: string; centreId: string; regionId: string }> {
    return { volunteerId: volunteer.id, centreId: volunteer.centreId, regionId: await this.regionOf(manager, volunteer.centreId) };
  }

  /** A centre never changes region, so one lookup per centre is enough. */
  private async regionOf(manager: EntityManager, centreId: string): Promise<string> {
    const known = this.regions.get(centreId);
    if (known) return known;
    const centre = await manager.findOneByOrFail(Centre, { id: centreId });
    this.regions.set(centreId, centre.regionId);
    return centre.regionId;
  }
}
