import { eventually } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { DealFollowUpScheduler } from '../src/deals/deal-follow-up.scheduler.js';
import { addDays, dateInAmsterdam } from '../src/shared/amsterdam-date.js';
import { PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

const FOLLOW_UP = 'partnerships.deal.follow-up-requested';

/**
 * Two replicas of one deployment on one database, both running the overdue-contact scheduler:
 * every overdue deal gets exactly one follow-up, whichever replica raises it.
 */
describe('the two-week contact deadline (two instances, real PostgreSQL and Kafka)', () => {
  let first: PartnershipsTestApp;
  let second: PartnershipsTestApp;
  let centre: TestCentre;
  let organisationId: string;
  let businessId: string;
  let coordinator: string;

  const post = (path: string, token: string, body?: object) =>
    first.http().post(path).set('Authorization', `Bearer ${token}`).send(body);

  async function ratifiedDeal(): Promise<string> {
    const id = (
      await post('/v1/deals', centre.staff, { businessId, organisationId, category: 'kennis-en-kunde', description: 'Advies over de boekhouding' })
    ).body.id as string;
    for (const party of ['business', 'organisation', 'organiser']) {
      expect((await post(`/v1/deals/${id}/confirm`, centre.staff, { party })).status).toBe(200);
    }
    return id;
  }

  /** Moves a deal's contact deadline, as if it had been ratified `daysAgo` days ago. */
  const ratifiedDaysAgo = (ids: string[], daysAgo: number) =>
    first.rows(`UPDATE deal SET contact_due_on = $2 WHERE id = ANY($1::uuid[])`, [ids, addDays(dateInAmsterdam(), 14 - daysAgo)]);

  const followUpsAbout = (id: string, app = first) =>
    app.probe.records.filter((r) => r.key === id && r.headers.ce_type === FOLLOW_UP);

  const outboxIsEmpty = async () => {
    const [row] = await first.rows<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_message`);
    expect(row!.count).toBe(0);
  };

  beforeAll(async () => {
    first = await PartnershipsTestApp.start();
    second = await PartnershipsTestApp.start({}, first);
    centre = await first.centre();
    organisationId = await first.organisation(centre);
    coordinator = await first.token('organisation-coordinator', { centreId: centre.centreId, organisationId });
    businessId = (
      await post('/v1/businesses', centre.staff, {
        name: 'Administratiekantoor Telwerk',
        kvkNumber: '30111222',
        size: 'small',
        sector: 'administratie',
        contactPerson: { name: 'Bram Telwerk', email: 'bram@telwerk.example' },
      })
    ).body.id;
  });

  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('raises exactly one follow-up per overdue deal when both instances run at once, and none for deals still in time or contacted', async () => {
    const overdue = [await ratifiedDeal(), await ratifiedDeal(), await ratifiedDeal()];
    const inTime = await ratifiedDeal();
    const contacted = await ratifiedDeal();
    expect((await post(`/v1/deals/${contacted}/contact`, coordinator)).status).toBe(200);
    await ratifiedDaysAgo(overdue, 15);
    await ratifiedDaysAgo([inTime], 14);
    await ratifiedDaysAgo([contacted], 30);

    const schedulers = [first, second].map((app) => app.running.app.get(DealFollowUpScheduler));
    const rounds = await Promise.all([...schedulers, ...schedulers].map((s) => s.raiseOverdueFollowUps()));

    expect(rounds.reduce((sum, n) => sum + n, 0)).toBe(overdue.length);
    for (const id of overdue) await first.eventsAbout(id, 3);
    await eventually(outboxIsEmpty);
    for (const id of overdue) {
      const [event] = followUpsAbout(id);
      expect(followUpsAbout(id)).toHaveLength(1);
      expect(JSON.parse(event!.value!)).toMatchObject({ dealId: id, contactParty: 'organisation', contactDueOn: addDays(dateInAmsterdam(), -1) });
    }
    expect([...followUpsAbout(inTime), ...followUpsAbout(contacted)]).toEqual([]);
    expect(await Promise.all(schedulers.map((s) => s.raiseOverdueFollowUps()))).toEqual([0, 0]);
    const stored = await first.rows<{ id: string; raised: boolean }>(
      `SELECT id, follow_up_requested_at IS NOT NULL AS raised FROM deal WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[...overdue, inTime, contacted]],
    );
    expect(stored.filter((d) => d.raised).map((d) => d.id).sort()).toEqual([...overdue].sort());
  });

  it('is raised by the schedulers on their own timers, still once, when both instances run them', async () => {
    const timedFirst = await PartnershipsTestApp.start({ DEAL_FOLLOW_UP_INTERVAL_MS: '50' }, first);
    const timedSecond = await PartnershipsTestApp.start({ DEAL_FOLLOW_UP_INTERVAL_MS: '50' }, first);
    try {
      const ids = [await ratifiedDeal(), await ratifiedDeal()];
      await ratifiedDaysAgo(ids, 20);

      for (const id of ids) {
        await eventually(() => expect(followUpsAbout(id)).toHaveLength(1));
      }
      // Let both timers run again over the same rows before counting.
      const runs = await Promise.all([timedFirst, timedSecond].map((app) => app.running.app.get(DealFollowUpScheduler).raiseOverdueFollowUps()));
      expect(runs).toEqual([0, 0]);
      await eventually(outboxIsEmpty);
      for (const id of ids) expect(followUpsAbout(id)).toHaveLength(1);
    } finally {
      await timedSecond.stop();
      await timedFirst.stop();
    }
  });

  it('does not raise a follow-up before the deal was ratified, however old the pledge', async () => {
    const id = (
      await post('/v1/deals', centre.staff, { businessId, organisationId, category: 'helpende-handen', description: `Oud ${randomUUID()}` })
    ).body.id as string;
    await first.rows(`UPDATE deal SET pledged_at = now() - interval '90 days' WHERE id = $1`, [id]);
    expect(await first.running.app.get(DealFollowUpScheduler).raiseOverdueFollowUps()).toBe(0);
    expect(followUpsAbout(id)).toEqual([]);
  });
});
