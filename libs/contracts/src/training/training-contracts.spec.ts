import { getMetadataStorage } from 'class-validator';
import type { EventContract } from '../envelope/event-contract.js';
import { ContractViolationError, validatePayload } from '../envelope/validate-payload.js';
import { certificateIssuedV1, coursePublishedV1, sessionCancelledV1, trainingCatalogue } from './index.js';

function violatedFields(contract: EventContract, plain: unknown): string[] {
  try {
    validatePayload(contract, plain);
  } catch (error) {
    if (error instanceof ContractViolationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}

const contracts = trainingCatalogue.all();

describe('training contracts', () => {
  it.each(contracts.map((c) => [c.type, c] as const))('%s: its example satisfies it', (_type, contract) => {
    expect(violatedFields(contract, structuredClone(contract.example))).toEqual([]);
  });

  it('publishes every contract on a training topic, all public', () => {
    expect(contracts.map((c) => [c.topic.split('.')[0], c.privacy])).toEqual(contracts.map(() => ['training', 'public']));
  });

  // Names, email addresses and phone numbers never travel in training's events.
  it.each(contracts.map((c) => [c.type, c] as const))('%s: carries no field that looks like personal data', (_type, contract) => {
    const names = getMetadataStorage()
      .getTargetValidationMetadatas(contract.payload, '', true, false)
      .map((m) => m.propertyName.toLowerCase());
    expect(names.filter((n) => /name|email|phone|address|birth|note|code/.test(n) && n !== 'title')).toEqual([]);
  });

  it.each<[string, EventContract, (p: Record<string, unknown>) => void, string[]]>([
    ['a course without audience', coursePublishedV1, (p) => (p.audiences = []), ['audiences']],
    ['a course with an unknown audience', coursePublishedV1, (p) => (p.audiences = ['children']), ['audiences']],
    ['a negative price', coursePublishedV1, (p) => (p.priceCents = -1), ['priceCents']],
    ['a skill that is no taxonomy code', coursePublishedV1, (p) => (p.skills = ['Eerste Hulp']), ['skills']],
    ['an affected enrolment without volunteer', sessionCancelledV1, (p) => (p.affected = [{ enrolmentId: 'e-1' }]), ['affected.0.volunteerId']],
    ['a certificate of an unknown kind', certificateIssuedV1, (p) => (p.kind = 'diploma'), ['kind']],
  ])('refuses %s', (_case, contract, change, fields) => {
    const payload = structuredClone(contract.example) as Record<string, unknown>;
    change(payload);
    expect(violatedFields(contract, payload)).toEqual(fields);
  });
});
