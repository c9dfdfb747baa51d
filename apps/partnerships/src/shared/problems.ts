import { DomainProblem, NotFoundProblem, UnprocessableProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';

/** The caller's centre has not reached partnerships yet (registrations.centre.created not consumed). */
export class UnknownCentreProblem extends UnprocessableProblem {
  constructor(centreId: string) {
    super(`Centre ${centreId} is not known to partnerships yet; try again once registrations has announced it`, 'unknown-centre');
  }
}

/**
 * Money is not a Beursvloer category: deals are about hands, knowledge and means, never about
 * cash. 422 with the offending fields, so a client can show it next to them.
 */
export class MoneyNotAllowedProblem extends DomainProblem {
  constructor(fields: string[]) {
    super({
      status: 422,
      slug: 'money-not-allowed',
      title: 'Money cannot be asked for or offered',
      detail:
        'A Beursvloer deal is never about money: ask for or offer hands (helpende-handen), knowledge and skills ' +
        '(kennis-en-kunde) or means and materials (middelen-en-materialen) instead.',
      extensions: { errors: fields.map((field) => ({ field, messages: [`${field} asks for or offers money`] })) },
    });
  }
}

/** The row if it is visible in this transaction (row-level security) and matches `where`; otherwise 404. */
export async function findRow<T>(
  manager: EntityManager,
  what: string,
  table: string,
  id: string,
  extra: { sql: string; params: unknown[] } = { sql: '', params: [] },
  options: { lock?: boolean } = {},
): Promise<T> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFoundProblem(what, id);
  const [row] = (await manager.query(
    `SELECT * FROM ${table} WHERE id = $1 ${extra.sql} ${options.lock ? 'FOR UPDATE' : ''}`,
    [id, ...extra.params],
  )) as T[];
  if (!row) throw new NotFoundProblem(what, id);
  return row;
}
