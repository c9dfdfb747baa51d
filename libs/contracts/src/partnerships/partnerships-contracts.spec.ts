import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import { businessJoinedV1, dealPledgedV1, partnershipsCatalogue, partnershipsTopics } from './index.js';

const contracts = partnershipsCatalogue.all();
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

describe('partnerships contracts', () => {
  it('lists every topic in partnershipsTopics', () => {
    expect(Object.values(partnershipsTopics).sort()).toEqual(partnershipsCatalogue.topics());
  });

  it.each(contracts.map(byType))('%s is public, v1, on its aggregate topic, and lives in its own file', async (_t, c) => {
    const [service, aggregate, verb] = c.type.split('.');
    expect([service, c.privacy, c.version, c.topic]).toEqual(['partnerships', 'public', 1, `partnerships.${aggregate}.v1`]);
    const file = `${aggregate}-${verb}.v1`;
    expect(existsSync(path.join(import.meta.dirname, `${file}.ts`))).toBe(true);
    const module = (await import(`./${file}.js`)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(c);
  });

  it.each(contracts.map(byType))('the example of %s meets its contract', (_t, contract) => {
    expect(validatePayload(contract, contract.example)).toBeInstanceOf(contract.payload);
  });

  it.each(contracts.map(byType))('%s carries no field that looks like contact data', (_t, contract) => {
    const fields = Object.keys(contract.example as object).join(' ');
    expect(fields).not.toMatch(/email|phone|contact(?!Party|DueOn)|person|address|street/i);
  });

  it('refuses a business event that smuggles a contact person in', () => {
    expect(violatedFields(businessJoinedV1, { ...businessJoinedV1.example, contactEmail: 'a@b.nl' })).toEqual(['contactEmail']);
  });

  it('refuses a deal with a category that is not a Beursvloer category, such as money', () => {
    expect(violatedFields(dealPledgedV1, { ...dealPledgedV1.example, category: 'money' })).toEqual(['category']);
  });

  it('refuses a deal event whose status does not match its type', () => {
    expect(violatedFields(dealPledgedV1, { ...dealPledgedV1.example, status: 'ratified' })).toEqual(['status']);
  });
});
