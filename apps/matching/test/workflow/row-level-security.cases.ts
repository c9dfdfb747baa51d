import { runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { WORKFLOW_TABLES } from '../../src/database/1732800101000-create-matches-mediation-placements.migration.js';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';

export function rowLevelSecurityCases(shared: SharedApp): void {
  /**
   * Row-level security on its own, below the HTTP layer: queries run as the service's application
   * role without any centre filter, so only the policies keep centres' matches, mediation cases and
   * placements apart.
   */
  describe('row-level security on every matches, mediation and placements table', () => {
    let app: MatchingTestApp;
    let db: DataSource;
    const [centreA, centreB] = [randomUUID(), randomUUID()];
    let b: { matchId: string; caseId: string };

    async function seedCentre(centreId: string) {
      const [matchId, caseId, placementId, volunteerId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await runInTenant(db, { consortium: true }, async (m) => {
        await m.query(
          `INSERT INTO match (id, centre_id, region_id, volunteer_id, vacancy_id, organisation_id, origin, status, proposed_on)
           VALUES ($1, $2, 'region-x', $3, $4, $5, 'consultant', 'started', '2026-01-01')`,
          [matchId, centreId, volunteerId, randomUUID(), randomUUID()],
        );
        await m.query(`INSERT INTO match_transition (match_id, centre_id, to_status, actor) VALUES ($1, $2, 'proposed', 'consultant')`, [matchId, centreId]);
        await m.query(`INSERT INTO activity_booking (vacancy_id, centre_id, capacity, taken) VALUES ($1, $2, 5, 1)`, [randomUUID(), centreId]);
        await m.query(
          `INSERT INTO mediation_case (id, centre_id, region_id, volunteer_id, status, referral_reason, consent_given_at, referred_on)
           VALUES ($1, $2, 'region-x', $3, 'placed', 'vertrouwelijk', now(), '2026-01-01')`,
          [caseId, centreId, volunteerId],
        );
        await m.query(`INSERT INTO mediation_note (id, case_id, centre_id, author, text) VALUES ($1, $2, $3, 'c', 'notitie')`, [randomUUID(), caseId, centreId]);
        await m.query(`INSERT INTO mediation_note_read (centre_id, case_id, read_by) VALUES ($1, $2, 'c')`, [centreId, caseId]);
        await m.query(
          `INSERT INTO mediation_follow_up (id, case_id, centre_id, region_id, kind, due_on) VALUES ($1, $2, $3, 'region-x', '3-months', '2026-04-01')`,
          [randomUUID(), caseId, centreId],
        );
        await m.query(
          `INSERT INTO placement (id, match_id, centre_id, region_id, volunteer_id, vacancy_id, organisation_id, status, mas, started_on)
           VALUES ($1, $2, $3, 'region-x', $4, $5, $6, 'active', false, '2026-01-01')`,
          [placementId, matchId, centreId, volunteerId, randomUUID(), randomUUID()],
        );
        await m.query(`INSERT INTO hours_entry (id, placement_id, centre_id, worked_on, hours, status) VALUES ($1, $2, $3, '2026-01-02', 2, 'logged')`, [
          randomUUID(),
          placementId,
          centreId,
        ]);
        await m.query(`INSERT INTO volunteer_hours_total (volunteer_id, centre_id, confirmed_hours) VALUES ($1, $2, 2)`, [volunteerId, centreId]);
      });
      return { matchId, caseId };
    }

    beforeAll(async () => {
      app = shared.app();
      db = app.running.dataSource;
      await seedCentre(centreA);
      b = await seedCentre(centreB);
    });


    it('runs the service as a role that row-level security binds', async () => {
      const [role] = await db.query(`SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
      expect(role).toEqual({ name: 'matching_app', rolsuper: false, rolbypassrls: false });
    });

    it.each([...WORKFLOW_TABLES])('%s: centre A sees only its own rows, with no filter in the query', async (table) => {
      const seen = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT DISTINCT centre_id AS centre FROM ${table}`));
      expect(seen).toEqual([{ centre: centreA }]);
    });

    it.each([...WORKFLOW_TABLES])('%s: without a centre setting nothing is visible', async (table) => {
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect(count).toBe(0);
    });

    it('refuses to write a row into another centre and changes none of its rows', async () => {
      await expect(
        runInTenant(db, { centreId: centreA }, (m) =>
          m.query(`INSERT INTO mediation_note (id, case_id, centre_id, author, text) VALUES ($1, $2, $3, 'indringer', 'x')`, [randomUUID(), b.caseId, centreB]),
        ),
      ).rejects.toThrow(/row-level security/);

      const [, updated] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`UPDATE match SET status = 'withdrawn' WHERE id = $1`, [b.matchId]));
      const [, deleted] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`DELETE FROM mediation_note WHERE case_id = $1`, [b.caseId]));
      expect([updated, deleted]).toEqual([0, 0]);
      const [row] = await runInTenant(db, { centreId: centreB }, (m) => m.query(`SELECT status FROM match WHERE id = $1`, [b.matchId]));
      expect(row.status).toBe('started');
    });
  });
}
