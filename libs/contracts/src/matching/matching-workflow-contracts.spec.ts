import { getMetadataStorage } from 'class-validator';
import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import { matchContracts, matchEndedV1, matchProposedV1, matchWithdrawnV1 } from './match.v1.js';
import { mediationCaseContracts, mediationCaseFollowUpFellDueV1 } from './mediation-case.v1.js';
import { placementCompletedV1, placementContracts, placementHoursConfirmedV1 } from './placement.v1.js';

const contracts: EventContract[] = [...matchContracts, ...mediationCaseContracts, ...placementContracts];
/** Field names at every depth of a plain payload. */
function allKeys(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
}

const byType = (contract: EventContract) => [contract.type, contract] as const;

function violatedFields(contract: EventContract, plain: unknown): string[] {
  try {
    validatePayload(contract, plain);
  } catch (error) {
    if (error instanceof ContractViolationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}

function exampleWith(contract: EventContract, change: (payload: Record<string, unknown>) => void): Record<string, unknown> {
  const payload = structuredClone(contract.example) as Record<string, unknown>;
  change(payload);
  return payload;
}

describe('matching workflow contracts', () => {
  it.each(contracts.map(byType))('%s: its example meets its contract', (_type, contract) => {
    expect(validatePayload(contract, structuredClone(contract.example))).toEqual(contract.example);
  });

  it.each(contracts.map(byType))('%s: public, on matching.<aggregate>.v1, with a past-tense verb', (_type, contract) => {
    const [service, aggregate, verb] = contract.type.split('.');
    expect(service).toBe('matching');
    expect(['match', 'mediation-case', 'placement']).toContain(aggregate);
    expect(verb).toMatch(/(?:ed|withdrawn|signed-up|fell-due)$/);
    expect(contract.topic).toBe(`matching.${aggregate}.v1`);
    expect(contract.privacy).toBe('public');
  });

  it('holds one contract per type', () => {
    expect(new Set(contracts.map((c) => c.type)).size).toBe(contracts.length);
  });

  it.each([
    [matchProposedV1, 'accepted'],
    [matchEndedV1, 'started'],
    [matchWithdrawnV1, 'proposed'],
  ])('%s accepts only the status its transition leads to', (contract, other) => {
    expect(violatedFields(contract, exampleWith(contract, (p) => (p.status = other)))).toEqual(['status']);
  });

  it('lets a match event leave the volunteer out once they were erased', () => {
    expect(violatedFields(matchWithdrawnV1, exampleWith(matchWithdrawnV1, (p) => delete p.volunteerId))).toEqual([]);
  });

  type Change = (payload: Record<string, unknown>) => void;
  it.each<[string, EventContract, Change, string]>([
    ['hours in the entry above a day', placementHoursConfirmedV1, (p) => ((p.entry as Record<string, unknown>).hours = 25), 'entry.hours'],
    ['a completion without mas', placementCompletedV1, (p) => delete p.mas, 'mas'],
    ['a follow-up of an unknown kind', mediationCaseFollowUpFellDueV1, (p) => ((p.followUp as Record<string, unknown>).kind = '9-months'), 'followUp.kind'],
  ])('refuses %s', (_what, contract, change, field) => {
    expect(violatedFields(contract, exampleWith(contract, change))).toEqual([field]);
  });

  // Notes, referral reasons, goals, evaluations and contact data never leave the service: no
  // contract may even declare a field that could hold them, nor the volunteer on a mediation case.
  const NEVER = /note|reason|referr(?!edOn$)|goal|evaluation|intake(?!On$)|email|phone|name$|address|birth|school|support/i;

  it.each(contracts.map(byType))('%s declares no field that could carry notes, reasons or contact data', (_type, contract) => {
    const fields = getMetadataStorage()
      .getTargetValidationMetadatas(contract.payload, '', true, false)
      .map((m) => m.propertyName);
    const nested = [...fields, ...allKeys(contract.example)];
    expect(nested.filter((field) => NEVER.test(field))).toEqual([]);
  });

  it.each(mediationCaseContracts.map(byType))('%s does not name the person in mediation', (_type, contract) => {
    expect(Object.keys(validatePayload(contract, contract.example))).not.toContain('volunteerId');
    expect(violatedFields(contract, exampleWith(contract, (p) => (p.volunteerId = 'vol-1')))).toEqual(['volunteerId']);
  });
});
