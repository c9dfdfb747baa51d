import { registrationsCatalogue, volunteerRegisteredV1 } from '@vc/contracts';
import { breakingChanges } from './compatibility.js';
import { compatibilityProblems, renderContractDocs } from './contract-docs.js';
import { payloadSchemas, type JsonSchema } from './json-schemas.js';

const base: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['open', 'closed'] },
    hours: { type: 'number', minimum: 0 },
    note: { type: ['string', 'null'] },
    slots: { type: 'array', items: { $ref: '#/$defs/Slot' } },
  },
  required: ['id', 'status', 'slots'],
  $defs: { Slot: { type: 'object', properties: { day: { type: 'string', enum: ['monday', 'tuesday'] } }, required: ['day'] } },
};

/** `base` with `change` applied to a deep copy. */
function changed(change: (schema: JsonSchema & { properties: Record<string, JsonSchema>; required: string[]; $defs: Record<string, JsonSchema> }) => void): JsonSchema {
  const copy = structuredClone(base) as JsonSchema & { properties: Record<string, JsonSchema>; required: string[]; $defs: Record<string, JsonSchema> };
  change(copy);
  return copy;
}

describe('the compatibility guard', () => {
  it.each<[string, JsonSchema]>([
    ['the same schema', base],
    ['a new optional field', changed((s) => void (s.properties.extra = { type: 'string' }))],
    ['a new enum value', changed((s) => void (s.properties.status!.enum = ['open', 'closed', 'paused']))],
    ['a wider type', changed((s) => void (s.properties.id!.type = ['string', 'null']))],
    ['a looser limit', changed((s) => void (s.properties.id!.maxLength = 128))],
  ])('lets %s pass', (_what, after) => {
    expect(breakingChanges('x.y.z.v1', base, after)).toEqual([]);
  });

  it('lets integer widen to number', () => {
    const integerHours = changed((s) => void (s.properties.hours!.type = 'integer'));
    expect(breakingChanges('x.y.z.v1', integerHours, base)).toEqual([]);
  });

  it.each<[string, JsonSchema, string]>([
    ['a removed field', changed((s) => void delete s.properties.hours), 'x.y.z.v1: removed the field "hours"'],
    [
      'a renamed field',
      changed((s) => {
        s.properties.state = s.properties.status!;
        delete s.properties.status;
        s.required = ['id', 'state', 'slots'];
      }),
      'x.y.z.v1: removed the field "status"',
    ],
    ['a narrowed type', changed((s) => void (s.properties.hours!.type = 'integer')), 'x.y.z.v1: narrowed the type of "hours" from number to integer'],
    ['null no longer allowed', changed((s) => void (s.properties.note!.type = 'string')), 'x.y.z.v1: narrowed the type of "note" from string or null to string'],
    ['a new required field', changed((s) => void (s.required = [...s.required, 'hours'])), 'x.y.z.v1: added the required field "hours"'],
    ['a removed enum value', changed((s) => void (s.properties.status!.enum = ['open'])), 'x.y.z.v1: removed the value "closed" from "status"'],
    ['a removed enum value in a nested class', changed((s) => void (s.$defs.Slot!.properties = { day: { type: 'string', enum: ['monday'] } })), 'x.y.z.v1: removed the value "tuesday" from "slots[].day"'],
    ['a tighter limit', changed((s) => void (s.properties.id!.maxLength = 10)), 'x.y.z.v1: lowered maxLength of "id" to 10'],
    ['a field made optional', changed((s) => void (s.required = ['id', 'slots'])), 'x.y.z.v1: made the field "status" optional'],
  ])('refuses %s, naming the event and the field', (_what, after, message) => {
    expect(breakingChanges('x.y.z.v1', base, after)).toContain(message);
  });

  it('refuses a breaking change to a real contract and lets the docs command refuse to write it', () => {
    const [published] = payloadSchemas([volunteerRegisteredV1]).values();
    const generated = renderContractDocs();
    // The code as if someone deleted `skills` from VolunteerRegisteredV1.
    const file = 'docs/contracts/schemas/registrations.volunteer.registered.v1.json';
    const broken = structuredClone(published!) as { properties: Record<string, unknown>; required: string[] };
    delete broken.properties.skills;
    broken.required = broken.required.filter((field) => field !== 'skills');
    generated.set(file, JSON.stringify(broken));

    expect(compatibilityProblems(generated, new Map([[file, published!]]))).toEqual(['registrations.volunteer.registered.v1: removed the field "skills"']);
    expect(registrationsCatalogue.find('registrations.volunteer.registered', 1)).toBe(volunteerRegisteredV1);
  });

  it('names a published version the code no longer generates', () => {
    const [published] = payloadSchemas([volunteerRegisteredV1]).values();
    const file = 'docs/contracts/schemas/registrations.volunteer.registered.v1.json';
    const generated = renderContractDocs();
    generated.delete(file);
    expect(compatibilityProblems(generated, new Map([[file, published!]]))).toEqual([
      expect.stringContaining('registrations.volunteer.registered.v1: no longer generated'),
    ]);
  });
});
