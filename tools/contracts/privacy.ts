// What must never be in a public event (DESIGN.md, Privacy classes): contact data and
// special-category data. Used on every public contract (schema and example) and on every record the
// integration tests leave on public topics.

/**
 * Field names that mean personal contact data, a person's identity, special categories or free
 * text about a person. Organisation names and ids are fine; a person's name, email or notes are not.
 */
const FORBIDDEN_FIELD =
  /^(?:first_?name|last_?name|full_?name|person_?name|contact_?name|contact|contacts|email|e_?mail_?address|phone|phone_?number|mobile|address|street|house_?number|date_?of_?birth|birth_?date|dob|bsn|health|medical|diagnosis|disability|religion|ethnicity|nationality|residence_?status|refugee_?status|asylum|criminal_?record|conviction|vog_?details|notes?|note_?text|referral_?reason|reason_?for_?referral|referral_?source|support_?needs?|target_?group|evaluation)$/i;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** Dutch mobile and landline numbers, and E.164 numbers, as they would appear in text. */
const PHONE = /(?:\+31|0031|\b0)[\s-]?(?:6|[1-9][0-9])[\s-]?[0-9]{3,4}[\s-]?[0-9]{3,4}\b|\+[1-9][0-9]{7,14}\b/;

export interface PrivacyFinding {
  path: string;
  problem: string;
}

/** An identifier; its digits can look like a phone number ("06437134-415d-…"), and it never is one. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every forbidden field name and every value that looks like an email address or a phone number. */
export function privacyFindings(value: unknown, path = ''): PrivacyFinding[] {
  if (typeof value === 'string') {
    if (UUID.test(value)) return [];
    if (EMAIL.test(value)) return [{ path, problem: 'looks like an email address' }];
    if (PHONE.test(value)) return [{ path, problem: 'looks like a phone number' }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => privacyFindings(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(FORBIDDEN_FIELD.test(key) ? [{ path: path ? `${path}.${key}` : key, problem: 'is personal or special-category data' }] : []),
    ...privacyFindings(inner, path ? `${path}.${key}` : key),
  ]);
}

/** Field names a JSON Schema allows, wherever they are nested (properties, items, $defs). */
export function schemaFieldNames(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item) => schemaFieldNames(item, path));
  if (schema === null || typeof schema !== 'object') return [];
  const names: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) names.push(path ? `${path}.${name}` : name, ...schemaFieldNames(inner, path ? `${path}.${name}` : name));
    } else if (keyword !== 'examples') {
      names.push(...schemaFieldNames(value, path));
    }
  }
  return names;
}

export function isForbiddenField(name: string): boolean {
  return FORBIDDEN_FIELD.test(name.split('.').at(-1)!.replace(/\[\d+\]$/, ''));
}
