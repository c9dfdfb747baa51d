import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import {
  businessContactChangedV1,
  businessJoinedV1,
  dealPledgedV1,
  partnershipsCatalogue,
  partnershipsPublicContracts,
  partnershipsRestrictedContracts,
  partnershipsTopics,
} from './index.js';

const contracts = partnershipsPublicContracts;
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

  it('publishes exactly its public and restricted contracts, each in its list', () => {
    expect(partnershipsPublicContracts.every((c) => c.privacy === 'public')).toBe(true);
    expect(partnershipsRestrictedContracts.map((c) => [c.type, c.privacy])).toEqual([['partnerships.business-contact.changed', 'restricted']]);
    expect(partnershipsCatalogue.all()).toEqual([...partnershipsPublicContracts, ...partnershipsRestrictedContracts]);
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
    expect(validatePayload(contract, structuredClone(contract.example))).toEqual(contract.example);
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

describe('partnerships contracts: the restricted business contact record', () => {
  type Plain = Record<string, unknown>;
  const example = (change: (p: Plain) => void): Plain => {
    const payload = structuredClone(businessContactChangedV1.example) as unknown as Plain;
    change(payload);
    return payload;
  };

  it('is restricted, v1, on its own topic, keyed by the business, and its example meets it', () => {
    expect([businessContactChangedV1.privacy, businessContactChangedV1.topic]).toEqual(['restricted', 'partnerships.business-contact.v1']);
    expect(validatePayload(businessContactChangedV1, structuredClone(businessContactChangedV1.example))).toEqual(businessContactChangedV1.example);
  });

  it('tells consumers that a tombstone is an erasure, and refuses one as a payload', () => {
    expect(businessContactChangedV1.description).toMatch(/tombstone/i);
    expect(businessContactChangedV1.description).toMatch(/erasure/i);
    expect(violatedFields(businessContactChangedV1, null)).toEqual(['(payload)']);
  });

  it.each<[string, (p: Plain) => void, string]>([
    ['no contacts', (p) => (p.contacts = []), 'contacts'],
    ['eleven contacts', (p) => (p.contacts = Array.from({ length: 11 }, (_, i) => ({ name: `C ${i}`, email: `c${i}@example.nl` }))), 'contacts'],
    ['an email that is not one', (p) => ((p.contacts as Plain[])[0]!.email = 'jeroen-at-example.nl'), 'contacts.0.email'],
    ['an email longer than 254 characters', (p) => ((p.contacts as Plain[])[0]!.email = `${'j'.repeat(250)}@example.nl`), 'contacts.0.email'],
    ['a phone not in E.164', (p) => ((p.contacts as Plain[])[0]!.phone = '06 12345678'), 'contacts.0.phone'],
    ['a phone null instead of left out', (p) => ((p.contacts as Plain[])[0]!.phone = null), 'contacts.0.phone'],
    ['a contact without a name', (p) => delete (p.contacts as Plain[])[0]!.name, 'contacts.0.name'],
    ['a name of 201 characters', (p) => ((p.contacts as Plain[])[0]!.name = 'x'.repeat(201)), 'contacts.0.name'],
    ['a contact’s date of birth', (p) => ((p.contacts as Plain[])[0]!.dateOfBirth = '1980-01-01'), 'contacts.0.dateOfBirth'],
    ['no business name', (p) => delete p.businessName, 'businessName'],
    ['a business id that is not an id', (p) => (p.businessId = 'not an id!'), 'businessId'],
  ])('refuses a record with %s', (_case, change, field) => {
    expect(violatedFields(businessContactChangedV1, example(change))).toContain(field);
  });
});
