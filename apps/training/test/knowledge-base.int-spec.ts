import { CE } from '@vc/messaging';
import { TrainingTestApp } from './training-test-app.js';

describe('knowledge base', () => {
  let app: TrainingTestApp;
  let utrecht: { centreId: string; regionId: string };
  let amersfoort: { centreId: string; regionId: string };

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    utrecht = await app.centre();
    amersfoort = await app.centre();
  });

  afterAll(async () => {
    await app.stop();
  });

  async function article(centreId: string, change: Record<string, unknown>, publish = true): Promise<string> {
    const staff = await app.token('centre-admin', { centreId });
    const written = await app
      .http()
      .post('/v1/articles')
      .set('Authorization', `Bearer ${staff}`)
      .send({ summary: 'Kort en praktisch.', body: 'Tekst van het artikel.', topics: ['volunteer-policy'], ...change });
    expect(written.status).toBe(201);
    if (publish) {
      const published = await app.http().post(`/v1/articles/${written.body.id}/publish`).set('Authorization', `Bearer ${staff}`);
      expect(published.status).toBe(200);
    }
    return written.body.id;
  }

  it('finds published articles by Dutch word forms without login, and publishes each once', async () => {
    const id = await article(utrecht.centreId, {
      title: 'Vrijwilligersvergoedingen en de belastingdienst',
      body: 'Een vergoeding tot het maximum is onbelast. Let op bij het vergoeden van reiskosten.',
    });
    const draft = await article(utrecht.centreId, { title: 'Vergoedingen (concept)', body: 'Nog niet af: vergoeding.' }, false);

    // "vergoeding" matches "vergoedingen" and "vergoeden" through the dutch stemmer.
    const found = await app.http().get(`/v1/centres/${utrecht.centreId}/articles?q=vergoeding`);
    const read = await app.http().get(`/v1/centres/${utrecht.centreId}/articles/${id}`);
    const unpublished = await app.http().get(`/v1/centres/${utrecht.centreId}/articles/${draft}`);

    expect(found.status).toBe(200);
    expect(found.body.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(read.body.body).toContain('reiskosten');
    expect(unpublished.status).toBe(404);
    const events = await app.eventsAbout(id, 1);
    expect(events.map((e) => e.headers[CE.type])).toEqual(['training.article.published']);
    expect(await app.publishedTypes(draft)).toEqual([]);
  });

  it("shows another centre's article only where its author shares it", async () => {
    const shared = await article(amersfoort.centreId, { title: 'Aansprakelijkheid bij vrijwilligerswerk', sharedWithConsortium: true });
    const own = await article(amersfoort.centreId, { title: 'Aansprakelijkheid in Amersfoort', sharedWithConsortium: false });

    const inUtrecht = await app.http().get(`/v1/centres/${utrecht.centreId}/articles?q=aansprakelijkheid`);
    const inAmersfoort = await app.http().get(`/v1/centres/${amersfoort.centreId}/articles?q=aansprakelijkheid`);
    const directly = await app.http().get(`/v1/centres/${utrecht.centreId}/articles/${own}`);

    expect(inUtrecht.body.map((a: { id: string }) => a.id)).toEqual([shared]);
    expect(inAmersfoort.body.map((a: { id: string }) => a.id).sort()).toEqual([shared, own].sort());
    expect(directly.status).toBe(404);
  });

  it('lets only staff write and publish, and refuses publishing twice', async () => {
    const id = await article(utrecht.centreId, { title: 'Een VOG aanvragen' });
    const volunteer = await app.token('volunteer', { centreId: utrecht.centreId, volunteerId: 'v-1' });
    const staff = await app.token('centre-admin', { centreId: utrecht.centreId });

    const byVolunteer = await app.http().post('/v1/articles').set('Authorization', `Bearer ${volunteer}`).send({});
    const twice = await app.http().post(`/v1/articles/${id}/publish`).set('Authorization', `Bearer ${staff}`);
    const otherCentre = await app
      .http()
      .post(`/v1/articles/${id}/publish`)
      .set('Authorization', `Bearer ${await app.token('centre-admin', { centreId: amersfoort.centreId })}`);

    expect([byVolunteer.status, twice.status, otherCentre.status]).toEqual([403, 409, 404]);
  });

  it('rate limits the public search like registrations does', async () => {
    const limited = await TrainingTestApp.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      // A second app, consuming from the earliest offset in a group of its own: in a full run it
      // reads the other suites' events first (CI saw more than 20 s on a slow machine).
      const centre = await limited.centre(90_000);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.http().get(`/v1/centres/${centre.centreId}/articles`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.stop();
    }
  });
});
