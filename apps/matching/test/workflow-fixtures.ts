import {
  centreCreatedV1,
  organisationVerifiedV1,
  vacancyPublishedV1,
  volunteerRegisteredV1,
  type VacancyPublishedV1,
  type VolunteerRegisteredV1,
} from '@vc/contracts';
import { runInTenant } from '@vc/service-kit';
import { eventually, type ReceivedRecord } from '@vc/testing';
import { centreCreated, newCentre, organisationVerified, vacancyPublished, volunteerRegistered, type TestCentre } from './registrations-events.js';
import type { MatchingTestApp } from './matching-test-app.js';

/*
 * A centre with volunteers, an organisation and vacancies, announced the way registrations would
 * (its events on its topics), and waited for until matching's read models hold them: the matches,
 * mediation and placement tests start from there.
 */

export interface WorkflowCentre extends TestCentre {
  organisationId: string;
  volunteers: string[];
  vacancyId: string;
  /** A one-off activity with `activityPlaces` places. */
  activityId: string;
  studentId: string;
}

export async function seedWorkflowCentre(
  app: MatchingTestApp,
  options: { volunteers?: number; activityPlaces?: number; regionId?: string } = {},
): Promise<WorkflowCentre> {
  const centre = newCentre(options.regionId);
  await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre), centre);
  const organisation = organisationVerified(centre);
  await app.publishRegistrationsEvent(organisationVerifiedV1, organisation, centre);
  const volunteers: VolunteerRegisteredV1[] = [];
  for (let i = 0; i < (options.volunteers ?? 2); i++) volunteers.push(volunteerRegistered(centre));
  const student = volunteerRegistered(centre, { ageBand: 'under-16', flags: { isStudent: true, needsGuidance: false } });
  for (const volunteer of [...volunteers, student]) await app.publishRegistrationsEvent(volunteerRegisteredV1, volunteer, centre);
  const vacancy = vacancyPublished(centre, organisation.organisationId);
  const activity = oneOffActivity(centre, organisation.organisationId, options.activityPlaces ?? 3);
  await app.publishRegistrationsEvent(vacancyPublishedV1, vacancy, centre);
  await app.publishRegistrationsEvent(vacancyPublishedV1, activity, centre);

  const seeded: WorkflowCentre = {
    ...centre,
    organisationId: organisation.organisationId,
    volunteers: volunteers.map((v) => v.volunteerId),
    vacancyId: vacancy.vacancyId,
    activityId: activity.vacancyId,
    studentId: student.volunteerId,
  };
  await waitForReadModels(app, seeded);
  return seeded;
}

/** A centre announced by registrations (every instance learns every centre), once matching knows it. */
export async function waitForCentre(app: MatchingTestApp, regionId: string): Promise<TestCentre> {
  const centre = newCentre(regionId);
  await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre), centre);
  await eventually(async () => {
    const rows = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) => m.query(`SELECT 1 FROM centre WHERE centre_id = $1`, [centre.centreId]));
    expect(rows).toHaveLength(1);
  }, 30_000);
  return centre;
}

export function oneOffActivity(centre: TestCentre, organisationId: string, places: number): VacancyPublishedV1 {
  return vacancyPublished(centre, organisationId, {
    kind: 'one-off',
    title: 'NLdoet: de speeltuin opknappen',
    date: '2099-03-14',
    startTime: '09:30',
    endTime: '15:00',
    places,
    placesLeft: places,
    availability: [],
    startsOn: undefined,
    endsOn: undefined,
    hoursPerWeek: undefined,
  });
}

export async function waitForReadModels(app: MatchingTestApp, centre: WorkflowCentre): Promise<void> {
  const people = [...centre.volunteers, centre.studentId];
  await eventually(async () => {
    const [counts] = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (manager) =>
      manager.query(
        `SELECT (SELECT count(*)::int FROM centre WHERE centre_id = $1) AS centres,
                (SELECT count(*)::int FROM volunteer WHERE volunteer_id = ANY($2::uuid[])) AS volunteers,
                (SELECT count(*)::int FROM vacancy WHERE vacancy_id = ANY($3::uuid[])) AS vacancies`,
        [centre.centreId, people, [centre.vacancyId, centre.activityId]],
      ),
    );
    expect(counts).toEqual({ centres: 1, volunteers: people.length, vacancies: 2 });
  }, 30_000);
}

/** The event types published about one aggregate, in order. */
export const typesOf = (records: ReceivedRecord[]) => records.map((r) => r.headers.ce_type);

export const payloadOf = (record: ReceivedRecord) => JSON.parse(record.value!) as Record<string, unknown>;
