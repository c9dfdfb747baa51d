import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import { matchingCatalogue, matchingPublicContracts, matchingRestrictedContracts } from './matching-catalogue.js';
import { masSignOffRecordedV1 } from './mas-sign-off.v1.js';
import { placementCompletedV1 } from './placement.v1.js';

function violatedFields(contract: EventContract, plain: unknown): string[] {
  try {
    validatePayload(contract, plain);
  } catch (error) {
    if (error instanceof ContractViolationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}

const example = (change: (p: Record<string, unknown>) => void) => {
  const payload = structuredClone(masSignOffRecordedV1.example) as unknown as Record<string, unknown>;
  change(payload);
  return payload;
};

describe('matching.mas-sign-off.recorded v1 (restricted)', () => {
  it('is restricted, on its own topic, in the catalogue but not among the public contracts', () => {
    expect([masSignOffRecordedV1.privacy, masSignOffRecordedV1.topic]).toEqual(['restricted', 'matching.mas-sign-off.v1']);
    expect(matchingRestrictedContracts).toEqual([masSignOffRecordedV1]);
    expect(matchingPublicContracts).not.toContain(masSignOffRecordedV1);
    expect(matchingPublicContracts.every((c) => c.privacy === 'public')).toBe(true);
    expect(matchingCatalogue.find(masSignOffRecordedV1.type, 1)).toBe(masSignOffRecordedV1);
  });

  it('meets its own example, and lets the volunteer be left out once erased', () => {
    expect(validatePayload(masSignOffRecordedV1, structuredClone(masSignOffRecordedV1.example))).toEqual(masSignOffRecordedV1.example);
    expect(violatedFields(masSignOffRecordedV1, example((p) => delete p.volunteerId))).toEqual([]);
  });

  it.each<[string, (p: Record<string, unknown>) => void, string]>([
    ['no school', (p) => delete p.schoolOrganisationId, 'schoolOrganisationId'],
    ['negative hours', (p) => (p.confirmedHours = -1), 'confirmedHours'],
    ['no required hours', (p) => delete p.requiredHours, 'requiredHours'],
    ['a sign-off day that is no date', (p) => (p.signedOffOn = '20 mei'), 'signedOffOn'],
    ['notes', (p) => (p.notes = 'spijbelde twee keer'), 'notes'],
    ['a student name', (p) => (p.studentName = 'Zoë de Vries'), 'studentName'],
  ])('refuses a record with %s', (_case, change, field) => {
    expect(violatedFields(masSignOffRecordedV1, example(change))).toContain(field);
  });

  it('keeps the school off the public placement event: placement.completed refuses a schoolOrganisationId', () => {
    expect(violatedFields(placementCompletedV1, { ...(placementCompletedV1.example as object), schoolOrganisationId: 'org-0377' })).toEqual(['schoolOrganisationId']);
  });

  it('tells consumers that a tombstone is an erasure, and refuses one as a payload', () => {
    expect(masSignOffRecordedV1.description).toMatch(/tombstone/i);
    expect(masSignOffRecordedV1.description).toMatch(/erasure/i);
    expect(violatedFields(masSignOffRecordedV1, null)).toEqual(['(payload)']);
  });
});
