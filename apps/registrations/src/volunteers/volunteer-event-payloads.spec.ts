import { validatePayload, volunteerContactChangedV1, volunteerRegisteredV1, volunteerUpdatedV1 } from '@vc/contracts';
import type { Volunteer } from './volunteer.entity.js';
import { volunteerContactOf, volunteerProfileOf } from './volunteer-event-payloads.js';

function volunteer(overrides: Partial<Volunteer> = {}): Volunteer {
  return {
    id: '0190f4c2-7c17-75b6-b31a-40cceb98bc89',
    centreId: '7d0c0f9e-4b1f-4c55-9a53-0d2b5c6f1e11',
    status: 'active',
    firstName: 'Samira',
    lastName: 'el Amrani',
    email: 'samira@example.nl',
    phone: '+31612345678',
    preferredLanguage: 'nl',
    dateOfBirth: '1990-05-01',
    postcode: '3582 KL',
    travelRadiusKm: 5,
    skills: ['social.listening'],
    interests: ['care'],
    availability: [{ day: 'tuesday', part: 'evening' }],
    hoursPerWeek: 3,
    languages: ['nl', 'ar'],
    dutchLevel: 'B2',
    vogStatus: 'valid',
    vogValidUntil: '2028-06-30',
    isStudent: false,
    pausedUntil: null,
    registeredBy: 'self',
    createdAt: new Date(),
    updatedAt: new Date(),
    erasedAt: null,
    ...overrides,
  };
}

const context = { regionId: '5f6e7d8c-1a2b-4c3d-8e9f-0a1b2c3d4e5f', needsGuidance: false, today: '2026-11-27' };

describe('volunteerProfileOf', () => {
  it('carries the postcode area, an age band and the VOG date, and nothing that identifies the person', () => {
    const profile = volunteerProfileOf(volunteer(), context);
    expect(profile).toEqual({
      volunteerId: '0190f4c2-7c17-75b6-b31a-40cceb98bc89',
      centreId: '7d0c0f9e-4b1f-4c55-9a53-0d2b5c6f1e11',
      regionId: context.regionId,
      skills: ['social.listening'],
      interests: ['care'],
      availability: [{ day: 'tuesday', part: 'evening' }],
      hoursPerWeek: 3,
      postcodeArea: '3582',
      travelRadiusKm: 5,
      languages: ['nl', 'ar'],
      dutchLevel: 'B2',
      ageBand: '26-40',
      vogValidUntil: '2028-06-30',
      flags: { isStudent: false, needsGuidance: false },
    });
    expect(() => validatePayload(volunteerRegisteredV1, { ...profile, status: 'active' })).not.toThrow();
  });

  it('says null, never leaves out, what the volunteer did not give', () => {
    const profile = volunteerProfileOf(
      volunteer({ dateOfBirth: null, postcode: null, hoursPerWeek: null, dutchLevel: null, vogStatus: 'none', vogValidUntil: null }),
      context,
    );
    expect(profile).toMatchObject({ ageBand: null, postcodeArea: null, hoursPerWeek: null, dutchLevel: null, vogValidUntil: null });
    expect(() => validatePayload(volunteerUpdatedV1, { ...profile, status: 'paused' })).not.toThrow();
  });

  it.each(['expired', 'requested', 'none'] as const)('shares no VOG date when the VOG is %s', (vogStatus) => {
    expect(volunteerProfileOf(volunteer({ vogStatus, vogValidUntil: '2020-01-01' }), context).vogValidUntil).toBeNull();
  });

  it('shows guidance needed as a flag only', () => {
    expect(volunteerProfileOf(volunteer({ isStudent: true }), { ...context, needsGuidance: true }).flags).toEqual({
      isStudent: true,
      needsGuidance: true,
    });
  });
});

describe('volunteerContactOf', () => {
  it('carries name, email, E.164 phone and language, valid for the restricted contract', () => {
    const contact = volunteerContactOf(volunteer());
    expect(contact).toEqual({
      volunteerId: '0190f4c2-7c17-75b6-b31a-40cceb98bc89',
      centreId: '7d0c0f9e-4b1f-4c55-9a53-0d2b5c6f1e11',
      firstName: 'Samira',
      lastName: 'el Amrani',
      email: 'samira@example.nl',
      phone: '+31612345678',
      preferredLanguage: 'nl',
    });
    expect(() => validatePayload(volunteerContactChangedV1, contact)).not.toThrow();
  });

  it('leaves the phone out, rather than null, for someone without one', () => {
    const contact = volunteerContactOf(volunteer({ phone: null }));
    expect(contact).not.toHaveProperty('phone');
    expect(() => validatePayload(volunteerContactChangedV1, contact)).not.toThrow();
  });
});
