import type { AvailabilitySlot, Volunteer, VogStatus } from './volunteer.entity.js';

/** A volunteer as the API shows them to staff and to themselves. Never the support needs. */
export interface VolunteerView {
  id: string;
  centreId: string;
  status: Volunteer['status'];
  pausedUntil: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  preferredLanguage: string;
  dateOfBirth: string | null;
  postcode: string | null;
  travelRadiusKm: number;
  skills: string[];
  interests: string[];
  availability: AvailabilitySlot[];
  hoursPerWeek: number | null;
  languages: string[];
  dutchLevel: string | null;
  vog: { status: VogStatus; validUntil: string | null };
  isStudent: boolean;
  registeredBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a registration or a status change answers. Deliberately without personal data: with an
 * Idempotency-Key the answer is stored for replay, outside the reach of erasure.
 */
export interface VolunteerReceipt {
  id: string;
  centreId: string;
  status: Volunteer['status'];
  pausedUntil?: string;
}

export function volunteerViewOf(volunteer: Volunteer): VolunteerView {
  return {
    id: volunteer.id,
    centreId: volunteer.centreId,
    status: volunteer.status,
    pausedUntil: volunteer.pausedUntil,
    firstName: volunteer.firstName,
    lastName: volunteer.lastName,
    email: volunteer.email,
    phone: volunteer.phone,
    preferredLanguage: volunteer.preferredLanguage,
    dateOfBirth: volunteer.dateOfBirth,
    postcode: volunteer.postcode,
    travelRadiusKm: volunteer.travelRadiusKm,
    skills: volunteer.skills,
    interests: volunteer.interests,
    availability: volunteer.availability,
    hoursPerWeek: volunteer.hoursPerWeek,
    languages: volunteer.languages,
    dutchLevel: volunteer.dutchLevel,
    vog: { status: volunteer.vogStatus, validUntil: volunteer.vogValidUntil },
    isStudent: volunteer.isStudent,
    registeredBy: volunteer.registeredBy,
    createdAt: volunteer.createdAt.toISOString(),
    updatedAt: volunteer.updatedAt.toISOString(),
  };
}

export function volunteerReceiptOf(volunteer: Volunteer): VolunteerReceipt {
  return {
    id: volunteer.id,
    centreId: volunteer.centreId,
    status: volunteer.status,
    ...(volunteer.pausedUntil === null ? {} : { pausedUntil: volunteer.pausedUntil }),
  };
}
