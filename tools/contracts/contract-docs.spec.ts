import { Parser } from '@asyncapi/parser';
import { validatePayload } from '@vc/contracts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { allContracts, committedSchemas, compatibilityProblems, renderContractDocs, ROOT, SCHEMAS_DIR } from './contract-docs.js';
import type { JsonSchema } from './json-schemas.js';
import { isForbiddenField, privacyFindings, schemaFieldNames } from './privacy.js';

// ajv-formats is CommonJS with a default export; under ESM the function is the module's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('x-topic');
  ajv.addKeyword('x-privacy');
  return ajv;
}

describe('generated contract documents (run `npm run docs:events` after changing a contract)', () => {
  const generated = renderContractDocs();

  it.each([...generated.keys()])('%s is committed as generated', (file) => {
    const committed = fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : '(missing)';
    expect(committed).toBe(generated.get(file));
  });

  it('has no published schema without its contract', () => {
    const stale = [...committedSchemas().keys()].filter((file) => !generated.has(file));
    expect(stale).toEqual([]);
  });

  it('changes no published schema in a breaking way (the compatibility guard)', () => {
    expect(compatibilityProblems(generated, committedSchemas())).toEqual([]);
  });

  it('is a valid AsyncAPI document for the official parser', async () => {
    const { document, diagnostics } = await new Parser().parse(generated.get('docs/contracts/asyncapi.json')!);
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => `${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(document?.channels().all().map((channel) => channel.address()).sort()).toEqual([...new Set(allContracts().map((c) => c.topic))].sort());
  }, 30_000);
});

describe('JSON Schemas of the events', () => {
  const schemas = [...renderContractDocs()].filter(([file]) => file.startsWith(SCHEMAS_DIR)).map(([file, text]) => [path.basename(file), JSON.parse(text) as JsonSchema] as const);
  const ajv = strictAjv();

  it.each(schemas)('%s accepts its own example and refuses it without a required field', (_file, schema) => {
    const validate = ajv.compile(schema);
    const example = (schema.examples as Array<Record<string, unknown>>)[0]!;
    expect(validate(example) ? [] : validate.errors).toEqual([]);
    const required = (schema.required as string[] | undefined) ?? [];
    expect(required.length).toBeGreaterThan(0);
    const { [required[0]!]: _dropped, ...incomplete } = example;
    expect(validate(incomplete)).toBe(false);
  });
});

describe('the runtime guard and the published schemas', () => {
  const ajv = strictAjv();
  const schemas = renderContractDocs();
  const accepts = (check: () => unknown) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };

  // The outbox refuses an event with validatePayload (class-validator); integrators validate with the
  // JSON Schema. Generated from the same decorators, they must agree on what a producer may send.
  it.each(allContracts().map((c) => [`${c.type} v${c.version}`, c] as const))('%s: the outbox and the schema agree', (_name, contract) => {
    const validate = ajv.compile(JSON.parse(schemas.get(`${SCHEMAS_DIR}/${contract.type}.v${contract.version}.json`)!));
    const example = contract.example as Record<string, unknown>;
    const [firstRequired] = (validate.schema as { required: string[] }).required;
    const { [firstRequired!]: _dropped, ...missing } = example;
    const wrongType = { ...example, [firstRequired!]: typeof example[firstRequired!] === 'number' ? 'eleven' : 11 };
    for (const [payload, valid] of [
      [example, true],
      [missing, false],
      [wrongType, false],
    ] as const) {
      expect({ payload, schema: validate(payload), outbox: accepts(() => validatePayload(contract, payload)) }).toEqual({ payload, schema: valid, outbox: valid });
    }
  });
});

describe('privacy of public events', () => {
  const publicContracts = allContracts().filter((c) => c.privacy === 'public');
  const schemas = renderContractDocs();

  it.each(publicContracts.map((c) => [`${c.type} v${c.version}`, c] as const))('%s has no contact or special-category field, in its schema or its example', (_name, contract) => {
    const file = `${SCHEMAS_DIR}/${contract.type}.v${contract.version}.json`;
    expect(schemaFieldNames(JSON.parse(schemas.get(file)!)).filter(isForbiddenField)).toEqual([]);
    expect(privacyFindings(contract.example)).toEqual([]);
  });

  it.each([
    ['an email address', { note: undefined, organisationId: 'o-1', remark: 'mail sanne@example.nl' }, 'remark'],
    ['a mobile number', { message: 'bel 06-12345678' }, 'message'],
    ['a name field', { volunteer: { firstName: 'Sanne' } }, 'volunteer.firstName'],
    ['a referral reason', { referralReason: 'schulden' }, 'referralReason'],
    ['mediation notes', { cases: [{ notes: 'x' }] }, 'cases[0].notes'],
  ])('finds %s', (_what, value, path) => {
    expect(privacyFindings(value).map((finding) => finding.path)).toContain(path);
  });

  it('lets ids, statuses, postcode areas and organisation names through', () => {
    expect(privacyFindings({ volunteerId: '01936b2e-7c3a-7d10-9a4e-2f1c3b5d6e7f', status: 'active', postcodeArea: '3511', organisationName: 'Buurthuis De Linde', hours: 12 })).toEqual([]);
  });

  it('does not take a UUID whose first part is all digits for a phone number (a CI run flagged correlation ids)', () => {
    expect(privacyFindings({ headers: { ce_correlationid: '06437134-415d-4315-9273-b9787dfa32f5' } })).toEqual([]);
    expect(privacyFindings({ headers: { ce_correlationid: 'bel 06437134' } }).map((f) => f.problem)).toEqual(['looks like a phone number']);
  });
});
