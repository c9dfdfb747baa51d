import { CE } from '@vc/messaging';
import { randomUUID } from 'node:crypto';
import { courseBody, sessionBody, TrainingTestApp } from './training-test-app.js';

describe('attendance, certificates, verification and erasure', () => {
  let app: TrainingTestApp;
  let centre: { centreId: string; regionId: string };
  let trainer: string;

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    centre = await app.centre();
    trainer = await app.token('trainer', { centreId: centre.centreId });
  });

  afterAll(async () => {
    await app.stop();
  });

  /** A course of `required` sessions that already started, with the volunteer enrolled in each. */
  async function attendedCourse(volunteerId: string, required = 2, title = 'Eerste hulp bij ongelukken') {
    const course = await app.http().post('/v1/courses').set('Authorization', `Bearer ${trainer}`).send(courseBody({ title, requiredSessions: required }));
    const enrolments: string[] = [];
    for (let i = 0; i < required; i++) {
      const session = await app
        .http()
        .post(`/v1/courses/${course.body.id}/sessions`)
        .set('Authorization', `Bearer ${trainer}`)
        .send(sessionBody(-1 - i));
      // Staff of the offering centre may add someone after the deadline.
      const enrolment = await app
        .http()
        .post(`/v1/sessions/${session.body.id}/enrolments`)
        .set('Authorization', `Bearer ${trainer}`)
        .send({ volunteerId });
      expect(enrolment.status).toBe(201);
      enrolments.push(enrolment.body.id);
    }
    return { courseId: course.body.id as string, enrolments };
  }

  const attend = (enrolmentId: string) => app.http().post(`/v1/enrolments/${enrolmentId}/attendance`).set('Authorization', `Bearer ${trainer}`);

  it('issues one certificate once the required sessions are attended, and publishes it once', async () => {
    const volunteerId = await app.volunteer(centre, 'Zoë', 'de Vries');
    const { courseId, enrolments } = await attendedCourse(volunteerId, 2);

    const first = await attend(enrolments[0]!);
    const again = await attend(enrolments[0]!);
    const second = await attend(enrolments[1]!);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ attended: true, certificateId: null });
    expect(again.status).toBe(409);
    expect(second.body.certificateId).toEqual(expect.any(String));
    const certificates = await app.sql(`SELECT id, course_id FROM certificate WHERE volunteer_id = $1`, [volunteerId]);
    expect(certificates).toEqual([{ id: second.body.certificateId, course_id: courseId }]);
    const events = await app.eventsAbout(second.body.certificateId, 1);
    expect(events.map((e) => e.headers[CE.type])).toEqual(['training.certificate.issued']);
    expect(JSON.parse(events[0]!.value!)).toMatchObject({ volunteerId, kind: 'course', courseId });
    expect(events[0]!.value).not.toMatch(/Zo|Vries/);
    const attended = await app.eventsAbout(enrolments[0]!, 2);
    expect(attended.map((e) => e.headers[CE.type])).toEqual(['training.enrolment.enrolled', 'training.enrolment.attended']);
  });

  it('issues exactly one certificate when both sessions are marked at the same moment', async () => {
    const volunteerId = await app.volunteer(centre);
    const { enrolments } = await attendedCourse(volunteerId, 2);

    const answers = await Promise.all(enrolments.map(attend));

    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.filter((a) => a.body.certificateId !== null)).toHaveLength(1);
    expect(await app.sql(`SELECT 1 FROM certificate WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(1);
  });

  it('refuses attendance for a session that has not started, or for someone on the waiting list', async () => {
    const course = await app.http().post('/v1/courses').set('Authorization', `Bearer ${trainer}`).send(courseBody());
    const future = await app.http().post(`/v1/courses/${course.body.id}/sessions`).set('Authorization', `Bearer ${trainer}`).send(sessionBody(7, { capacity: 1 }));
    const enrolled = await app.http().post(`/v1/sessions/${future.body.id}/enrolments`).set('Authorization', `Bearer ${trainer}`).send({ volunteerId: randomUUID() });
    const waiting = await app.http().post(`/v1/sessions/${future.body.id}/enrolments`).set('Authorization', `Bearer ${trainer}`).send({ volunteerId: randomUUID() });

    const early = await attend(enrolled.body.id);
    await app.sql(`UPDATE session SET starts_at = now() - interval '1 hour', enrolment_deadline = now() - interval '2 hours' WHERE id = $1`, [future.body.id]);
    const notEnrolled = await attend(waiting.body.id);

    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/session-not-started$/);
    expect(notEnrolled.status).toBe(409);
    expect(await app.sql(`SELECT 1 FROM enrolment WHERE session_id = $1 AND attended_at IS NOT NULL`, [future.body.id])).toHaveLength(0);
  });

  it('verifies a certificate without login: name, course and date only; altered codes are rejected', async () => {
    const volunteerId = await app.volunteer(centre, 'Daan', 'van den Berg');
    const { enrolments } = await attendedCourse(volunteerId, 1, 'Fondsenwerving voor kleine verenigingen');
    const { body } = await attend(enrolments[0]!);
    const [{ verification_code: code }] = (await app.sql(`SELECT verification_code FROM certificate WHERE id = $1`, [body.certificateId])) as Array<{ verification_code: string }>;

    const verified = await app.http().get(`/v1/certificate-verifications/${code}`);
    const typed = await app.http().get(`/v1/certificate-verifications/${code.toLowerCase().replace(/-/g, '')}`);
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    const altered = await app.http().get(`/v1/certificate-verifications/${code.slice(0, -1)}${last}`);
    const garbage = await app.http().get(`/v1/certificate-verifications/${encodeURIComponent("' OR 1=1 --")}`);

    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      status: 'valid',
      holderName: 'Daan van den Berg',
      title: 'Fondsenwerving voor kleine verenigingen',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(typed.body).toEqual(verified.body);
    expect([altered.status, garbage.status]).toEqual([404, 404]);
  });

  it('gives the volunteer their certificate as a PDF naming the course, and nobody else', async () => {
    const volunteerId = await app.volunteer(centre, 'Noor', 'Jansen');
    const { enrolments } = await attendedCourse(volunteerId, 1, 'Werken met nieuwkomers');
    const { body } = await attend(enrolments[0]!);
    const mine = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
    const someoneElse = await app.token('volunteer', { centreId: centre.centreId, volunteerId: randomUUID() });

    const pdf = await app
      .http()
      .get(`/v1/certificates/${body.certificateId}/pdf`)
      .set('Authorization', `Bearer ${mine}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const denied = await app.http().get(`/v1/certificates/${body.certificateId}/pdf`).set('Authorization', `Bearer ${someoneElse}`);
    const list = await app.http().get('/v1/certificates').set('Authorization', `Bearer ${mine}`);

    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    const text = (pdf.body as Buffer).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('Werken met nieuwkomers');
    expect(text).toContain('Noor Jansen');
    expect(denied.status).toBe(404);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([body.certificateId]);
  });

  it('issues a certificate for a completed maatschappelijke stage placement, once, and none for other placements', async () => {
    const volunteerId = await app.volunteer(centre, 'Sem', 'Bakker');
    const placement = (id: string, mas: boolean) => ({
      placementId: id,
      matchId: randomUUID(),
      volunteerId,
      vacancyId: randomUUID(),
      organisationId: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'completed' as const,
      mas,
      requiredHours: 30,
      startedOn: '2027-02-01',
      completedOn: '2027-05-20',
      confirmedHours: 31.5,
      changedAt: '2027-05-20T13:00:00.000Z',
    });
    const mas = randomUUID();
    const ordinary = randomUUID();
    await app.placementCompleted(placement(ordinary, false));
    await app.placementCompleted(placement(mas, true));
    await app.placementCompleted(placement(mas, true));

    const [certificate] = await app.until(`SELECT id, kind, issued_on::text AS issued_on FROM certificate WHERE placement_id = $1`, [mas]);
    expect(certificate).toMatchObject({ kind: 'mas-placement', issued_on: '2027-05-20' });
    const events = await app.eventsAbout(String(certificate!.id), 1);
    expect(JSON.parse(events[0]!.value!)).toMatchObject({ kind: 'mas-placement', placementId: mas, courseId: null, volunteerId });
    // The repeated completion was handled after the first (same key, same partition): nothing new.
    await app.until(`SELECT 1 FROM inbox_message WHERE event_type = 'matching.placement.completed' GROUP BY consumer_group HAVING count(*) >= 3`, []);
    expect(await app.sql(`SELECT 1 FROM certificate WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(1);
    expect(await app.sql(`SELECT 1 FROM certificate WHERE placement_id = $1`, [ordinary])).toHaveLength(0);
  });

  it('erases a volunteer: enrolments anonymised, certificates withdrawn and nameless, counts kept', async () => {
    const volunteerId = await app.volunteer(centre, 'Fleur', 'Visser');
    const { courseId, enrolments } = await attendedCourse(volunteerId, 1, 'Vrijwilligersbeleid');
    const { body } = await attend(enrolments[0]!);
    const [{ verification_code: code }] = (await app.sql(`SELECT verification_code FROM certificate WHERE id = $1`, [body.certificateId])) as Array<{ verification_code: string }>;

    await app.erase(centre, volunteerId);
    await app.until(`SELECT 1 FROM certificate WHERE id = $1 AND status = 'withdrawn'`, [body.certificateId]);

    expect(await app.sql(`SELECT 1 FROM enrolment WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(0);
    expect(await app.sql(`SELECT 1 FROM certificate WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(0);
    expect(await app.sql(`SELECT 1 FROM volunteer_name WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(0);
    const [counts] = await app.sql(
      `SELECT count(*)::int AS enrolments, count(attended_at)::int AS attended FROM enrolment WHERE course_id = $1`,
      [courseId],
    );
    expect(counts).toEqual({ enrolments: 1, attended: 1 });
    const verified = await app.http().get(`/v1/certificate-verifications/${code}`);
    expect(verified.body).toMatchObject({ status: 'withdrawn', holderName: null });
    const events = await app.eventsAbout(body.certificateId, 2);
    expect(events.map((e) => e.headers[CE.type])).toEqual(['training.certificate.issued', 'training.certificate.withdrawn']);
  });

  it('forgets a name when the restricted contact topic carries a tombstone', async () => {
    const volunteerId = await app.volunteer(centre, 'Lotte', 'Smit');
    await app.contactTombstone(centre, volunteerId);
    await app.until(`SELECT 1 FROM inbox_message WHERE event_type = 'vc.tombstone' AND event_id IS NOT NULL LIMIT 1`, []);
    await app.until(`SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM volunteer_name WHERE volunteer_id = $1)`, [volunteerId]);
    expect(await app.sql(`SELECT 1 FROM volunteer_name WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(0);
  });
});
