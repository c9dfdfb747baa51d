// Table, column and role names are spliced into DDL, where parameters cannot go: accept only
// plain lower-case names (optionally schema-qualified tables), so quoting never matters.
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSqlIdentifier(name: string, what: string): void {
  if (!IDENTIFIER.test(name)) throw new Error(`${what} "${name}" must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 characters)`);
}

export function assertTableName(table: string): void {
  const parts = table.split('.');
  if (parts.length > 2) throw new Error(`Table "${table}" must be "table" or "schema.table"`);
  for (const part of parts) assertSqlIdentifier(part, 'Table');
}
