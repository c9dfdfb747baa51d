import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { rethrowEmailTaken } from '../volunteer-email.js';
import { volunteerContactOf } from '../volunteer-event-payloads.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerViewOf, type VolunteerView } from '../volunteer.view.js';
import type { UpdateVolunteerRequest } from './update-volunteer.request.dto.js';

/** Fields with the same name and meaning in the request and the row. */
const COPIED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'preferredLanguage',
  'dateOfBirth',
  'postcode',
  'travelRadiusKm',
  'skills',
  'interests',
  'hoursPerWeek',
  'languages',
  'dutchLevel',
  'isStudent',
] as const satisfies ReadonlyArray<keyof UpdateVolunteerRequest & keyof Volunteer>;

@Injectable()
export class UpdateVolunteerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  /**
   * Publishes what changed for each audience: `volunteer.updated` when what matching sees changed
   * (a new postcode in the same PC4 area is no news to it), `volunteer-contact.changed` when name or
   * contact data changed; name and contact changes never reach the public topic.
   */
  async update(access: VolunteerAccess, volunteerId: string, request: UpdateVolunteerRequest): Promise<VolunteerView> {
    return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const before = await findVolunteer(manager, access, volunteerId, { lock: true });
      const changes = changesOf(request);
      if (Object.keys(changes).length === 0) return volunteerViewOf(before);

      const profileBefore = await this.events.profileOf(manager, before);
      const contactBefore = volunteerContactOf(before);
      await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, changes).catch(rethrowEmailTaken);
      const after = await findVolunteer(manager, access, volunteerId);

      const profileAfter = await this.events.profileOf(manager, after);
      if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore)) await this.events.updated(manager, after, profileAfter);
      if (JSON.stringify(volunteerContactOf(after)) !== JSON.stringify(contactBefore)) await this.events.contactChanged(manager, after);
      return volunteerViewOf(after);
    });
  }
}

function changesOf(request: UpdateVolunteerRequest): Partial<Volunteer> {
  const changes: Record<string, unknown> = {};
  for (const field of COPIED_FIELDS) {
    if (request[field] !== undefined) changes[field] = request[field];
  }
  if (request.availability !== undefined) changes.availability = request.availability.map(({ day, part }) => ({ day, part }));
  if (request.vog !== undefined) {
    changes.vogStatus = request.vog.status;
    changes.vogValidUntil = request.vog.validUntil ?? null;
  }
  return changes as Partial<Volunteer>;
}
