import { matchProposedV1, vacancyClosedV1, vacancyPublishedV1, volunteerRegisteredV1, type EventContract } from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { courseBody, TrainingTestApp } from './training-test-app.js';

describe('course recommendations from suggested vacancies', () => {
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

  async function course(title: string, skills: string[]): Promise<string> {
    const response = await app.http().post('/v1/courses').set('Authorization', `Bearer ${trainer}`).send(courseBody({ title, skills }));
    return response.body.id;
  }

  async function vacancy(skills: string[], contract: EventContract<object> = vacancyPublishedV1 as EventContract<object>, vacancyId = randomUUID()): Promise<string> {
    const status = contract === vacancyPublishedV1 ? 'published' : 'closed';
    await app.publish(contract, {
      subject: vacancyId,
      ...centre,
      payload: { ...vacancyPublishedV1.example, vacancyId, organisationId: randomUUID(), centreId: centre.centreId, skills, status } as never,
    });
    await app.until(`SELECT 1 FROM vacancy_skills WHERE vacancy_id = $1 AND open = $2`, [vacancyId, status === 'published']);
    return vacancyId;
  }

  async function volunteer(skills: string[]): Promise<string> {
    const volunteerId = randomUUID();
    await app.publish(volunteerRegisteredV1, {
      subject: volunteerId,
      ...centre,
      payload: { ...volunteerRegisteredV1.example, volunteerId, centreId: centre.centreId, regionId: centre.regionId, skills },
    });
    await app.until(`SELECT 1 FROM volunteer_skills WHERE volunteer_id = $1`, [volunteerId]);
    return volunteerId;
  }

  async function propose(volunteerId: string, vacancyId: string): Promise<void> {
    const matchId = randomUUID();
    await app.publish(matchProposedV1, {
      subject: matchId,
      ...centre,
      payload: { ...matchProposedV1.example, matchId, volunteerId, vacancyId, centreId: centre.centreId, regionId: centre.regionId },
    });
    await app.until(`SELECT 1 FROM suggested_vacancy WHERE volunteer_id = $1 AND vacancy_id = $2`, [volunteerId, vacancyId]);
  }

  const recommendations = async (volunteerId: string, token?: string) =>
    app
      .http()
      .get(`/v1/volunteers/${volunteerId}/course-recommendations`)
      .set('Authorization', `Bearer ${token ?? (await app.token('volunteer', { centreId: centre.centreId, volunteerId }))}`);

  it("recommends courses for skills the proposed vacancies ask for and the volunteer lacks", async () => {
    const firstAid = await course('EHBO voor vrijwilligers', ['care.first-aid']);
    await course('Koken voor groepen', ['hospitality.cooking']);
    const listening = await course('Actief luisteren', ['social.listening']);
    const volunteerId = await volunteer(['social.listening']);
    const proposed = await vacancy(['care.first-aid', 'social.listening']);
    await vacancy(['hospitality.cooking']);
    await propose(volunteerId, proposed);

    const response = await recommendations(volunteerId);

    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { courseId: firstAid, title: 'EHBO voor vrijwilligers', skills: ['care.first-aid'], vacancyIds: [proposed], basis: 'suggested-vacancies', nextSessionStartsAt: null },
    ]);
    expect(response.body.map((r: { courseId: string }) => r.courseId)).not.toContain(listening);
  });

  it('falls back to the open vacancies of the centre when nothing was proposed, ignoring closed ones', async () => {
    const gardening = await course('Tuinieren met ouderen', ['nature.gardening']);
    await course('Fondsenwerving', ['fundraising.grants']);
    const open = await vacancy(['nature.gardening']);
    await vacancy(['fundraising.grants'], vacancyClosedV1 as EventContract<object>);
    const volunteerId = await volunteer([]);

    const response = await recommendations(volunteerId);

    const mine = response.body.filter((r: { courseId: string }) => r.courseId === gardening);
    expect(mine).toEqual([expect.objectContaining({ basis: 'open-vacancies', skills: ['nature.gardening'], vacancyIds: expect.arrayContaining([open]) })]);
    expect(response.body.map((r: { title: string }) => r.title)).not.toContain('Fondsenwerving');
  });

  it("shows them to the volunteer and their consultant, not to another volunteer", async () => {
    const volunteerId = await volunteer([]);
    const consultant = await app.token('consultant', { centreId: centre.centreId });
    const other = await app.token('volunteer', { centreId: centre.centreId, volunteerId: randomUUID() });

    expect((await recommendations(volunteerId, consultant)).status).toBe(200);
    expect((await recommendations(volunteerId, other)).status).toBe(404);
  });

  it("forgets the volunteer's skills and suggestions on erasure", async () => {
    const volunteerId = await volunteer(['social.listening']);
    await propose(volunteerId, await vacancy(['care.first-aid']));

    await app.erase(centre, volunteerId);
    await app.until(`SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM volunteer_skills WHERE volunteer_id = $1)`, [volunteerId]);

    expect(await app.sql(`SELECT 1 FROM suggested_vacancy WHERE volunteer_id = $1`, [volunteerId])).toHaveLength(0);
  });
});
