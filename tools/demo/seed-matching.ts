// The matching part of the demo, through the services' APIs, for the Utrecht centre of the
// registrations seed: matches in different states (one open proposal, one declined, one started, a
// one-off sign-up), a mediation case placed four months ago (its 3-month follow-up is due, so the
// service publishes the reminder by itself), and a student's maatschappelijke stage (MaS) with
// logged, confirmed and signed-off hours. Registrations' events reach matching asynchronously, so
// every first use of a volunteer or vacancy waits (bounded) until matching knows it.
import { mintDevToken } from '@vc/service-kit';
import { demoClient, demoSecret, demoToken as token } from './demo-client.js';
import { DEMO_SCHOOL_NAME } from './seed-registrations.js';

const WAIT_MS = 90_000;

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Retries `attempt` while matching answers 404/409 about something its read models lack yet. */
async function onceKnown<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const message = (error as Error).message;
      const notYet = / answered 404: .*(volunteer|vacancy)|centre-not-known/.test(message);
      if (!notYet) throw error;
      if (Date.now() > deadline) throw new Error(`matching demo: ${what} did not reach matching within ${WAIT_MS / 1000} s (are registrations' events flowing?): ${message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export default async function seedMatching(): Promise<void> {
  const matching = demoClient('matching');
  const registrations = demoClient('registrations');
  const admin = await token('consortium-admin');

  const organisations = (await registrations.call<{ items: Array<{ id: string; centreId: string; name: string }> }>('GET', '/v1/organisations?limit=100', admin)).items;
  const foodBank = organisations.find((o) => o.name === 'Voedselbank Utrecht');
  if (!foodBank) throw new Error('matching demo: the registrations seed did not create Voedselbank Utrecht');
  const centreId = foodBank.centreId;
  const community = organisations.find((o) => o.centreId === centreId && o.name === 'Buurthuis De Linde')!;
  // A school is an organisation: its coordinator signs the MaS off and hears of it by email.
  const schoolOrganisation = organisations.find((o) => o.centreId === centreId && o.name === DEMO_SCHOOL_NAME);
  if (!schoolOrganisation) throw new Error(`matching demo: the registrations seed did not create ${DEMO_SCHOOL_NAME}`);
  const consultant = await token('consultant', { centreId, subject: 'demo-consultant-utrecht' });

  const existing = await matching.call<{ items: unknown[] }>('GET', '/v1/matches?limit=1', consultant);
  if (existing.items.length > 0) {
    console.log('› matching demo data present already');
    return;
  }

  // People and work from registrations; one student for the MaS, added through registrations' API.
  type Person = { id: string; firstName: string | null; isStudent: boolean };
  let people = (await registrations.call<{ items: Person[] }>('GET', '/v1/volunteers?limit=50', consultant)).items;
  if (!people.some((p) => p.isStudent)) {
    await registrations.call('POST', '/v1/volunteers', consultant, {
      firstName: 'Daan',
      lastName: 'Visser',
      email: 'daan.visser.mas@example.org',
      preferredLanguage: 'nl',
      dateOfBirth: `${new Date().getFullYear() - 15}-04-02`,
      postcode: '3511 AB',
      travelRadiusKm: 5,
      skills: ['gastvrijheid'],
      interests: ['welzijn'],
      availability: [{ day: 'wednesday', part: 'afternoon' }],
      languages: ['nl'],
      dutchLevel: 'C1',
      isStudent: true,
      consents: [{ purpose: 'registration', textVersion: '2026-01' }],
    });
    people = (await registrations.call<{ items: Person[] }>('GET', '/v1/volunteers?limit=50', consultant)).items;
  }
  const adults = people.filter((p) => !p.isStudent);
  const student = people.find((p) => p.isStudent)!;
  if (adults.length < 3) throw new Error('matching demo: expected 3 volunteers in Utrecht from the registrations seed');
  const [sanne, mohammed, femke] = adults as [Person, Person, Person];
  type Work = { id: string; kind: string; title: string; status: string };
  const work = (await registrations.call<{ items: Work[] }>('GET', '/v1/vacancies?limit=50', consultant)).items.filter((v) => v.status === 'published');
  const host = work.find((v) => v.title.startsWith('Gastvrouw'))!;
  const driver = work.find((v) => v.title.startsWith('Chauffeur'))!;
  const nldoet = work.find((v) => v.kind === 'one-off')!;

  const as = (subject: string, claims: Record<string, string>, role: 'volunteer' | 'school-coordinator' | 'organisation-coordinator' | 'referrer') =>
    mintDevToken({ subject, roles: [role], centreId, ...claims }, { secret: demoSecret() });
  const volunteerToken = (person: Person) => as(`demo-volunteer-${person.id.slice(0, 8)}`, { volunteerId: person.id }, 'volunteer');
  const coordinator = await as('demo-coordinator-linde', { organisationId: community.id }, 'organisation-coordinator');
  const step = (id: string, action: string, auth: string, body?: object) => matching.call<{ id: string; status: string }>('POST', `/v1/matches/${id}/${action}`, auth, body);
  const propose = (volunteer: Person, vacancy: Work, extra: object = {}) =>
    onceKnown(`${volunteer.firstName ?? 'a volunteer'} and "${vacancy.title}"`, () =>
      matching.call<{ id: string }>('POST', '/v1/matches', consultant, { volunteerId: volunteer.id, vacancyId: vacancy.id, ...extra }),
    );

  // Sanne: host in the community centre, through every step to started.
  const hosting = await propose(sanne, host);
  await step(hosting.id, 'interest', await volunteerToken(sanne));
  await step(hosting.id, 'introduce', consultant);
  await step(hosting.id, 'accept', coordinator);
  await step(hosting.id, 'start', consultant, { startedOn: day(-21) });

  // Femke: introduced to the community centre, which declined; she signed up for NLdoet instead.
  const declined = await propose(femke, host);
  await step(declined.id, 'interest', await volunteerToken(femke));
  await step(declined.id, 'introduce', consultant);
  await step(declined.id, 'decline', coordinator);
  await onceKnown('the NLdoet activity', async () => matching.call('POST', `/v1/activities/${nldoet.id}/sign-ups`, await volunteerToken(femke)));

  // Mohammed: referred by the neighbourhood team, with his consent; placed as a driver four months ago.
  const referrer = await as('demo-referrer-wijkteam', {}, 'referrer');
  const referral = await onceKnown('the Utrecht centre', () =>
    matching.call<{ id: string }>('POST', '/v1/referrals', referrer, {
      sourceOrganisation: 'Sociaal wijkteam Utrecht Noordwest',
      reason: 'Zoekt na langdurige ziekte weer structuur en contact; wil graag iets praktisch doen.',
      consentGiven: true,
    }),
  );
  await matching.call('POST', `/v1/mediation-cases/${referral.id}/assign`, consultant, {});
  await onceKnown('Mohammed', () =>
    matching.call('POST', `/v1/mediation-cases/${referral.id}/intake`, consultant, {
      volunteerId: mohammed.id,
      intakeOn: day(-130),
      goals: 'Twee ochtenden per week buiten de deur; na een half jaar zelfstandig een vaste taak.',
    }),
  );
  await matching.call('POST', `/v1/mediation-cases/${referral.id}/notes`, consultant, { text: 'Intake: praktisch ingesteld, rijbewijs B, liever niet in grote groepen.' });
  const driving = await propose(mohammed, driver, { mediationCaseId: referral.id });
  // A second idea for him stays an open proposal.
  await propose(mohammed, host);
  for (const action of ['interest', 'introduce', 'accept']) await step(driving.id, action, consultant);
  await step(driving.id, 'start', consultant, { startedOn: day(-120) });
  await matching.call('POST', `/v1/mediation-cases/${referral.id}/placement`, consultant, { matchId: driving.id });

  // Daan: a maatschappelijke stage of 10 hours in the community centre, logged, confirmed and signed off.
  const stage = await propose(student, host);
  await step(stage.id, 'interest', await volunteerToken(student));
  await step(stage.id, 'introduce', consultant);
  await step(stage.id, 'accept', coordinator);
  await step(stage.id, 'start', consultant, { startedOn: day(-28), mas: { requiredHours: 10, schoolOrganisationId: schoolOrganisation.id } });
  const [placement] = (await matching.call<{ items: Array<{ id: string }> }>('GET', `/v1/placements?matchId=${stage.id}`, consultant)).items;
  for (const [offset, hours] of [
    [-27, 4],
    [-20, 3.5],
    [-13, 3],
  ] as const) {
    const entry = await matching.call<{ id: string }>('POST', `/v1/placements/${placement!.id}/hours`, await volunteerToken(student), { workedOn: day(offset), hours });
    await matching.call('POST', `/v1/placements/${placement!.id}/hours/${entry.id}/confirm`, coordinator);
  }
  const school = await as('demo-school-mentor', { organisationId: schoolOrganisation.id }, 'school-coordinator');
  await matching.call('POST', `/v1/placements/${placement!.id}/sign-off`, school);

  console.log('› demo: matching for Utrecht: 6 matches (started, declined, sign-up, mediated, proposed, MaS), 1 mediation case with follow-ups, 1 signed-off MaS');
}
