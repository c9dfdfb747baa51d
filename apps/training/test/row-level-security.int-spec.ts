import { runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TrainingTestApp } from './training-test-app.js';

/**
 * Row-level security on its own, below the HTTP layer: queries run as the service's application
 * role without any centre filter, so only the policies stand between centres.
 */
describe('row-level security on every training table', () => {
  let app: TrainingTestApp;
  let db: DataSource;
  let centreA: string;
  let centreB: string;
  const tenantTables = ['course', 'session', 'enrolment', 'certificate', 'volunteer_name', 'article'];
  let b: { courseId: string; sessionId: string; enrolmentId: string };

  async function seedCentre(centreId: string, shared = false) {
    const courseId = randomUUID();
    const sessionId = randomUUID();
    const enrolmentId = randomUUID();
    const volunteerId = randomUUID();
    await runInTenant(db, { centreId }, async (m) => {
      await m.query(
        `INSERT INTO course (id, centre_id, title, description, audiences, language, price_cents, open_to_consortium, required_sessions)
         VALUES ($1, $2, 'EHBO', 'Eerste hulp', '{volunteers}', 'nl', 0, $3, 1)`,
        [courseId, centreId, shared],
      );
      await m.query(
        `INSERT INTO session (id, centre_id, course_id, open_to_consortium, starts_at, ends_at, enrolment_deadline, location, trainer_name, capacity)
         VALUES ($1, $2, $3, $4, now() + interval '1 day', now() + interval '25 hours', now(), 'Buurthuis', 'Mirjam', 10)`,
        [sessionId, centreId, courseId, shared],
      );
      await m.query(
        `INSERT INTO enrolment (id, centre_id, participant_centre_id, session_id, course_id, volunteer_id, enrolled_by, status)
         VALUES ($1, $2, $2, $3, $4, $5, 'staff', 'enrolled')`,
        [enrolmentId, centreId, sessionId, courseId, volunteerId],
      );
      await m.query(
        `INSERT INTO certificate (id, centre_id, participant_centre_id, volunteer_id, kind, course_id, title, issued_on, verification_code)
         VALUES ($1, $2, $2, $3, 'course', $4, 'EHBO', current_date, $5)`,
        [randomUUID(), centreId, volunteerId, courseId, randomUUID()],
      );
      await m.query(`INSERT INTO volunteer_name (volunteer_id, centre_id, first_name, last_name) VALUES ($1, $2, 'Anna', 'Bos')`, [volunteerId, centreId]);
      await m.query(
        `INSERT INTO article (id, centre_id, title, summary, body, shared_with_consortium, author) VALUES ($1, $2, 'VOG', 'Kort', 'Lang', false, 'staff')`,
        [randomUUID(), centreId],
      );
    });
    return { courseId, sessionId, enrolmentId };
  }

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    db = app.running.dataSource;
    centreA = (await app.centre()).centreId;
    centreB = (await app.centre()).centreId;
    await seedCentre(centreA);
    b = await seedCentre(centreB);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('runs the service as a role that row-level security binds', async () => {
    const [role] = await db.query(`SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
    expect(role).toEqual({ name: 'training_app', rolsuper: false, rolbypassrls: false });
  });

  it.each(tenantTables)('%s: centre A sees only its own rows, with no filter in the query', async (table) => {
    const seen = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT DISTINCT centre_id AS centre FROM ${table}`));
    expect(seen).toEqual([{ centre: centreA }]);
  });

  it.each(tenantTables)('%s: without a centre setting nothing is visible', async (table) => {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
    expect(count).toBe(0);
  });

  it('refuses to write into another centre and changes none of its rows', async () => {
    await expect(
      runInTenant(db, { centreId: centreA }, (m) =>
        m.query(
          `INSERT INTO course (id, centre_id, title, description, audiences, language, price_cents, open_to_consortium, required_sessions)
           VALUES ($1, $2, 'Indringer', 'x', '{volunteers}', 'nl', 0, false, 1)`,
          [randomUUID(), centreB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const [, updated] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`UPDATE enrolment SET status = 'cancelled' WHERE id = $1`, [b.enrolmentId]));
    const [, deleted] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`DELETE FROM session WHERE id = $1`, [b.sessionId]));
    expect([updated, deleted]).toEqual([0, 0]);
  });

  it("lets other centres read a course open to the consortium, never change it, and shows an enrolment to both centres involved", async () => {
    const shared = await seedCentre(centreB, true);
    const readByA = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT id FROM course WHERE id = $1`, [shared.courseId]));
    const [, updatedByA] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`UPDATE course SET title = 'Gekaapt' WHERE id = $1`, [shared.courseId]));
    expect(readByA).toEqual([{ id: shared.courseId }]);
    expect(updatedByA).toBe(0);

    const crossing = randomUUID();
    await runInTenant(db, { centreId: centreB }, (m) =>
      m.query(
        `INSERT INTO enrolment (id, centre_id, participant_centre_id, session_id, course_id, volunteer_id, enrolled_by, status)
         VALUES ($1, $2, $3, $4, $5, 'v-cross', 'self', 'enrolled')`,
        [crossing, centreB, centreA, shared.sessionId, shared.courseId],
      ),
    );
    const seenByA = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT id FROM enrolment WHERE id = $1`, [crossing]));
    const third = (await app.centre()).centreId;
    const seenByThird = await runInTenant(db, { centreId: third }, (m) => m.query(`SELECT id FROM enrolment WHERE id = $1`, [crossing]));
    expect(seenByA).toEqual([{ id: crossing }]);
    expect(seenByThird).toEqual([]);
  });
});
