import {
  matchAcceptedV1,
  matchInterestExpressedV1,
  matchIntroducedV1,
  matchProposedV1,
  matchWithdrawnV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerRegisteredV1,
  type EventContract,
  type MatchSnapshotV1,
  type VacancyPublishedV1,
  type VacancyUpdatedV1,
} from '@vc/contracts';
import { todayInAmsterdam } from '@vc/service-kit';
import { eventually, testLogger } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { AnniversaryScheduler } from '../src/anniversaries/anniversary.scheduler.js';
import { SuggestionsDigestScheduler } from '../src/suggestions-digest/suggestions-digest.scheduler.js';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';
import { rawHeader } from './smtp-peer.js';

/** Introductions, the daily digest of proposals and registration anniversaries: each to the right person, once. */
describe('volunteer rules', () => {
  let app: NotificationsTestApp;
  let centre: Centre;

  beforeAll(async () => {
    // The schedulers run only when a test calls them, at the instant it chooses.
    app = await NotificationsTestApp.start({ env: { SUGGESTION_DIGEST_INTERVAL_MS: '0', ANNIVERSARY_INTERVAL_MS: '0' } });
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function publishVacancy(title: string, vacancyId = randomUUID()): Promise<string> {
    const payload: VacancyPublishedV1 = { ...(vacancyPublishedV1.example as VacancyPublishedV1), vacancyId, organisationId: randomUUID(), centreId: centre.centreId, title };
    await app.publish('registrations', vacancyPublishedV1, { subject: vacancyId, centreId: centre.centreId, regionId: centre.regionId, payload });
    return vacancyId;
  }

  function match(volunteerId: string, vacancyId: string, matchId = randomUUID()): MatchSnapshotV1 {
    return {
      matchId,
      volunteerId,
      vacancyId,
      organisationId: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'proposed',
      origin: 'consultant',
      proposedOn: '2031-03-10',
      changedAt: new Date().toISOString(),
    };
  }

  /** The match moved on: the contract's transition with its status. */
  function publishMatch(contract: EventContract<MatchSnapshotV1>, snapshot: MatchSnapshotV1): Promise<string> {
    const status = contract.type.endsWith('interest-expressed') ? 'interested' : (contract.type.split('.').at(-1) as MatchSnapshotV1['status']);
    return app.publish('matching', contract, { subject: snapshot.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: { ...snapshot, status } });
  }

  function digests(now: string) {
    return new SuggestionsDigestScheduler({ dataSource: app.running.dataSource, logger: testLogger('digest'), intervalMs: 0, now: () => new Date(now), onQueued: () => app.running.dispatcher.wake() });
  }

  describe('introduction', () => {
    it('tells the volunteer they were introduced, with the vacancy title as last updated, once when the event is delivered again', async () => {
      const vacancyId = await publishVacancy('Taalmaatje voor een nieuwe buurtbewoner');
      const updated: VacancyUpdatedV1 = { ...(vacancyPublishedV1.example as VacancyPublishedV1), vacancyId, centreId: centre.centreId, title: 'Taalmaatje in Overvecht' };
      await app.publish('registrations', vacancyUpdatedV1, { subject: vacancyId, centreId: centre.centreId, regionId: centre.regionId, payload: updated });
      await app.until(`SELECT 1 FROM vacancy_title WHERE vacancy_id = $1 AND title = 'Taalmaatje in Overvecht'`, [vacancyId]);
      const { volunteerId, email } = await app.welcomedVolunteer(centre, { firstName: 'Noor' });
      const introduced = { ...match(volunteerId, vacancyId), status: 'introduced' as const };
      const fields = { subject: introduced.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: introduced };

      const id = await app.publish('matching', matchIntroducedV1, fields);
      await app.mailsTo(email, 2);
      await app.republish('matching', matchIntroducedV1, fields, id);
      // The same match's next event (same key, same partition) proves the redelivery was consumed before it.
      await publishMatch(matchAcceptedV1, introduced);
      const mails = await app.mailsTo(email, 3);

      const introductions = mails.filter((m) => m.subject === 'Je bent voorgesteld aan de organisatie');
      expect(introductions).toHaveLength(1);
      expect(introductions[0]!.text).toContain('Beste Noor,');
      expect(introductions[0]!.text).toContain('Je consulent heeft je voorgesteld aan de organisatie van de vacature "Taalmaatje in Overvecht".');
      expect(rawHeader(introductions[0]!, 'list-unsubscribe')).toBeUndefined();
      expect(await app.sql(`SELECT channel, status FROM delivery WHERE volunteer_id = $1 AND template = 'match-introduced' ORDER BY channel`, [volunteerId])).toEqual([
        { channel: 'email', status: 'sent' },
        { channel: 'in-app', status: 'sent' },
      ]);
    });

    it('says it neutrally for a vacancy notifications has not heard of', async () => {
      const { volunteerId, email } = await app.welcomedVolunteer(centre);
      await publishMatch(matchIntroducedV1, match(volunteerId, randomUUID()));

      const [introduction] = (await app.mailsTo(email, 2)).filter((m) => m.subject === 'Je bent voorgesteld aan de organisatie');
      expect(introduction!.text).toContain('voorgesteld aan de organisatie van het vrijwilligerswerk waarin je interesse had.');
      expect(introduction!.text).not.toContain('""');
    });
  });

  describe('daily digest of proposals', () => {
    it('lists the open proposals of the day in one message, once with two instances and a later run; answered and withdrawn ones are left out', async () => {
      const garden = await publishVacancy('Moestuin bijhouden');
      const meals = await publishVacancy('Maaltijden rondbrengen');
      const withdrawnVacancy = await publishVacancy('Teruggetrokken voorstel');
      const answeredVacancy = await publishVacancy('Al beantwoord voorstel');
      await app.until(`SELECT 1 FROM vacancy_title WHERE vacancy_id = $1`, [answeredVacancy]);
      const { volunteerId, email } = await app.welcomedVolunteer(centre, { firstName: 'Daan' });

      const proposals = [garden, meals, randomUUID(), withdrawnVacancy, answeredVacancy].map((vacancyId) => match(volunteerId, vacancyId));
      for (const proposal of proposals) await publishMatch(matchProposedV1, proposal);
      await publishMatch(matchWithdrawnV1, proposals[3]!);
      await publishMatch(matchInterestExpressedV1, proposals[4]!);
      await app.until(`SELECT 1 FROM suggestion WHERE volunteer_id = $1 HAVING count(*) = 5 AND count(*) FILTER (WHERE open) = 3`, [volunteerId]);
      // Never a message per proposal: only the welcome so far.
      expect(await app.sql(`SELECT DISTINCT template FROM delivery WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ template: 'welcome' }]);

      // Counted for this volunteer only: the topics are shared with other suites, whose proposals
      // (for people of their own) this service consumes too.
      const digestsOfDaan = async () => (await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = $1 AND template = 'suggestions-digest'`, [volunteerId]))[0]!.n;
      await digests('2031-03-10T06:30:00Z').runOnce(); // 07:30 in Amsterdam: too early
      expect(await digestsOfDaan()).toBe(0);
      await Promise.all([digests('2031-03-10T10:00:00Z').runOnce(), digests('2031-03-10T10:00:01Z').runOnce()]);
      expect(await digestsOfDaan()).toBe(2); // one message: its email and its in-app copy
      await digests('2031-03-10T15:00:00Z').runOnce();
      expect(await digestsOfDaan()).toBe(2);
      const [digest] = (await app.mailsTo(email, 2)).filter((m) => m.subject?.startsWith('Nieuwe voorstellen'));
      expect(digest!.subject).toBe('Nieuwe voorstellen voor vrijwilligerswerk (3)');
      expect(digest!.text).toContain('Beste Daan,');
      expect(digest!.text).toContain('- Moestuin bijhouden\n- Maaltijden rondbrengen\n- een vacature (titel nog niet bekend)');
      expect(digest!.text).not.toContain('Teruggetrokken voorstel');
      expect(digest!.text).not.toContain('Al beantwoord voorstel');
      expect(digest!.html).toContain('<p style="white-space:pre-line">- Moestuin bijhouden\n- Maaltijden rondbrengen');
      expect(rawHeader(digest!, 'list-unsubscribe')).toMatch(/^<http:\/\/notifications\.test\/v1\/unsubscribe\?token=/);
      expect(await app.sql(`SELECT channel FROM delivery WHERE volunteer_id = $1 AND template = 'suggestions-digest' ORDER BY channel`, [volunteerId])).toEqual([
        { channel: 'email' },
        { channel: 'in-app' },
      ]);

      // A proposal made after today's digest waits for tomorrow's; one already listed, seen again, is not listed again.
      const evening = match(volunteerId, meals);
      await publishMatch(matchProposedV1, evening);
      const again = await app.publish('matching', matchProposedV1, { subject: proposals[0]!.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: proposals[0]! });
      await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [again]);
      await app.until(`SELECT 1 FROM suggestion WHERE match_id = $1`, [evening.matchId]);
      await digests('2031-03-10T20:00:00Z').runOnce();
      expect(await digestsOfDaan()).toBe(2);
      await digests('2031-03-11T09:00:00Z').runOnce();
      expect(await digestsOfDaan()).toBe(4);

      const mails = await app.mailsTo(email, 3);
      const both = mails.filter((m) => m.subject?.startsWith('Nieuwe voorstellen'));
      expect(both).toHaveLength(2);
      expect(both[1]!.subject).toBe('Nieuwe voorstellen voor vrijwilligerswerk (1)');
      expect(both[1]!.text).toContain('We hebben vrijwilligerswerk gevonden dat bij je past:\n\n- Maaltijden rondbrengen\n\n');
    });

    it('honours an opt-out of updates: the digest reaches the in-app inbox only', async () => {
      const { volunteerId } = await app.welcomedVolunteer(centre);
      const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
      const put = await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send({ optedOut: ['updates'], quietHours: null });
      expect(put.status).toBe(200);
      const proposal = match(volunteerId, randomUUID());
      await publishMatch(matchProposedV1, proposal);
      await app.until(`SELECT 1 FROM suggestion WHERE match_id = $1`, [proposal.matchId]);

      await digests('2031-04-01T10:00:00Z').runOnce();

      await eventually(async () =>
        expect(await app.sql(`SELECT channel, status, last_error FROM delivery WHERE volunteer_id = $1 AND template = 'suggestions-digest' ORDER BY channel`, [volunteerId])).toEqual([
          { channel: 'email', status: 'skipped', last_error: 'opted out of updates' },
          { channel: 'in-app', status: 'sent', last_error: null },
        ]),
      );
    });
  });

  describe('registration anniversary', () => {
    it('thanks a volunteer once on the first anniversary of their registration, with two instances and a restart', async () => {
      const { volunteerId, email } = await app.welcomedVolunteer(centre, { firstName: 'Femke' });
      const registeredOn = todayInAmsterdam();
      await app.until(`SELECT 1 FROM volunteer_anniversary WHERE volunteer_id = $1 AND registered_on = $2::date`, [volunteerId, registeredOn]);
      const year = Number(registeredOn.slice(0, 4)) + 1;
      const monthDay = registeredOn.slice(5) === '02-29' ? '02-28' : registeredOn.slice(5);
      const scheduler = (now: string) =>
        new AnniversaryScheduler({ dataSource: app.running.dataSource, logger: testLogger('anniversary'), intervalMs: 0, now: () => new Date(now), onQueued: () => app.running.dispatcher.wake() });

      const dayBefore = new Date(Date.parse(`${year}-${monthDay}T10:00:00Z`) - 86_400_000).toISOString();
      await scheduler(dayBefore).runOnce();
      expect(await app.sql(`SELECT 1 FROM delivery WHERE volunteer_id = $1 AND template = 'anniversary'`, [volunteerId])).toEqual([]);
      // Counted for this volunteer: other suites' registrations on the shared topics are thanked too.
      const thanks = async () => (await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = $1 AND template = 'anniversary'`, [volunteerId]))[0]!.n;
      await Promise.all([scheduler(`${year}-${monthDay}T10:00:00Z`).runOnce(), scheduler(`${year}-${monthDay}T10:00:00Z`).runOnce()]);
      expect(await thanks()).toBe(2); // one message: its email and its in-app copy
      await scheduler(`${year}-${monthDay}T16:00:00Z`).runOnce();
      expect(await thanks()).toBe(2);
      const [mail] = (await app.mailsTo(email, 2)).filter((m) => m.subject?.includes('jaar vrijwilliger'));
      expect(mail!.subject).toBe('1 jaar vrijwilliger bij Vrijwilligerscentrale Utrecht: dank je wel!');
      expect(mail!.text).toContain('Beste Femke,');
      expect(mail!.text).toContain('Vandaag is het 1 jaar geleden dat je je bij Vrijwilligerscentrale Utrecht inschreef als vrijwilliger.');
      expect(await app.sql(`SELECT channel, category FROM delivery WHERE volunteer_id = $1 AND template = 'anniversary' ORDER BY channel`, [volunteerId])).toEqual([
        { channel: 'email', category: 'appreciation' },
        { channel: 'in-app', category: 'appreciation' },
      ]);
      expect(await app.sql(`SELECT thanked_year FROM volunteer_anniversary WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ thanked_year: year }]);
    });

    it('keeps the first registration date when the volunteer registers again', async () => {
      const { volunteerId } = await app.welcomedVolunteer(centre);
      await app.sql(`UPDATE volunteer_anniversary SET registered_on = '2020-05-01' WHERE volunteer_id = $1`, [volunteerId]);
      const id = await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
      await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [id]);

      expect(await app.sql(`SELECT registered_on::text AS registered_on FROM volunteer_anniversary WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ registered_on: '2020-05-01' }]);
    });
  });

  it('erasure removes the proposals and the registration date of the person; the digest then sends them nothing', async () => {
    const { volunteerId } = await app.welcomedVolunteer(centre);
    const proposal = match(volunteerId, randomUUID());
    await publishMatch(matchProposedV1, proposal);
    await app.until(`SELECT 1 FROM suggestion WHERE match_id = $1`, [proposal.matchId]);
    await app.until(`SELECT 1 FROM volunteer_anniversary WHERE volunteer_id = $1`, [volunteerId]);

    await app.erase(centre, volunteerId);
    await eventually(async () => expect(await app.sql(`SELECT 1 FROM contact WHERE volunteer_id = $1`, [volunteerId])).toEqual([]));

    expect(await app.sql(`SELECT * FROM suggestion WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    expect(await app.sql(`SELECT * FROM volunteer_anniversary WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    await digests('2031-05-01T10:00:00Z').runOnce();
    expect(await app.sql(`SELECT 1 FROM delivery WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
  });
});
