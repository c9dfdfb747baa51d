import { randomUUID } from 'node:crypto';
import { runInTenant } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { RegistrationsTestApp } from './registrations-test-app.js';

/**
 * Row-level security on its own, below the HTTP layer: queries run as the service's application
 * role without any centre filter, so only the policies stand between centres.
 */
describe('row-level security on every registrations table', () => {
  let app: RegistrationsTestApp;
  let db: DataSource;
  const regionId = randomUUID();
  const [centreA, centreB] = [randomUUID(), randomUUID()];
  const tenantTables = ['centre', 'volunteer', 'volunteer_consent', 'volunteer_support_needs', 'support_needs_read', 'organisation', 'vacancy'];

  async function seedCentre(centreId: string) {
    const organisationId = randomUUID();
    const volunteerId = randomUUID();
    await runInTenant(db, { consortium: true }, async (manager) => {
      await manager.query(`INSERT INTO centre (id, region_id, name) VALUES ($1, $2, $3)`, [centreId, regionId, `Centre ${centreId}`]);
      await manager.query(
        `INSERT INTO volunteer (id, centre_id, status, travel_radius_km, registered_by) VALUES ($1, $2, 'active', 10, 'self')`,
        [volunteerId, centreId],
      );
      await manager.query(
        `INSERT INTO volunteer_consent (id, volunteer_id, centre_id, purpose, text_version, given_at) VALUES ($1, $2, $3, 'registration', 'v1', now())`,
        [randomUUID(), volunteerId, centreId],
      );
      await manager.query(
        `INSERT INTO volunteer_support_needs (volunteer_id, centre_id, guidance_needed, consent_text_version) VALUES ($1, $2, true, 'v1')`,
        [volunteerId, centreId],
      );
      await manager.query(`INSERT INTO support_needs_read (centre_id, volunteer_id, read_by) VALUES ($1, $2, 'consultant')`, [
        centreId,
        volunteerId,
      ]);
      await manager.query(
        `INSERT INTO organisation (id, centre_id, name, kvk_number, sector, postcode, city, status) VALUES ($1, $2, 'Buurthuis', '12345678', 'welzijn', '3511AB', 'Utrecht', 'verified')`,
        [organisationId, centreId],
      );
      await manager.query(
        `INSERT INTO vacancy (id, centre_id, organisation_id, kind, status, title, description, sector) VALUES ($1, $2, $3, 'structural', 'published', 'Gastvrouw', 'Koffie schenken', 'welzijn')`,
        [randomUUID(), centreId, organisationId],
      );
    });
    return { organisationId, volunteerId };
  }

  let b: { organisationId: string; volunteerId: string };

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    db = app.running.dataSource;
    await runInTenant(db, { consortium: true }, (m) => m.query(`INSERT INTO region (id, name) VALUES ($1, $2)`, [regionId, `Regio ${regionId}`]));
    await seedCentre(centreA);
    b = await seedCentre(centreB);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('runs the service as a role that row-level security binds', async () => {
    const [role] = await db.query(
      `SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'registrations_app', rolsuper: false, rolbypassrls: false });
  });

  it.each(tenantTables)('%s: centre A sees only its own rows, with no filter in the query', async (table) => {
    const column = table === 'centre' ? 'id' : 'centre_id';
    const seen = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT DISTINCT ${column} AS centre FROM ${table}`));
    expect(seen).toEqual([{ centre: centreA }]);
  });

  it.each(tenantTables)('%s: without a centre setting nothing is visible', async (table) => {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
    expect(count).toBe(0);
  });

  it('refuses to write a row into another centre and changes none of its rows', async () => {
    await expect(
      runInTenant(db, { centreId: centreA }, (m) =>
        m.query(
          `INSERT INTO organisation (id, centre_id, name, kvk_number, sector, postcode, city, status) VALUES ($1, $2, 'Indringer', '87654321', 'welzijn', '9711AB', 'Groningen', 'registered')`,
          [randomUUID(), centreB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);

    const [, updated] = await runInTenant(db, { centreId: centreA }, (m) =>
      m.query(`UPDATE volunteer SET status = 'left' WHERE id = $1`, [b.volunteerId]),
    );
    const [, deleted] = await runInTenant(db, { centreId: centreA }, (m) =>
      m.query(`DELETE FROM organisation WHERE id = $1`, [b.organisationId]),
    );
    expect([updated, deleted]).toEqual([0, 0]);
    const [row] = await runInTenant(db, { centreId: centreB }, (m) => m.query(`SELECT status FROM volunteer WHERE id = $1`, [b.volunteerId]));
    expect(row.status).toBe('active');
  });

  it('lets the explicit consortium scope see every centre', async () => {
    const centres = await runInTenant(db, { consortium: true }, (m) =>
      m.query(`SELECT DISTINCT centre_id AS centre FROM vacancy WHERE centre_id = ANY($1::uuid[]) ORDER BY 1`, [[centreA, centreB]]),
    );
    expect(centres.map((c: { centre: string }) => c.centre).sort()).toEqual([centreA, centreB].sort());
  });
});
