import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { type VacancyStatus } from './registrations-values.js';
import { VACANCY_EVENT_STATUSES, VacancySnapshotV1 } from './vacancy-snapshot.v1.js';

export class VacancyUpdatedV1 extends VacancySnapshotV1 {
  /** Whatever status the vacancy has; a change of status has its own event. */
  @IsIn([...VACANCY_EVENT_STATUSES])
  status!: Exclude<VacancyStatus, 'draft'>;
}

export const vacancyUpdatedV1 = defineEvent({
  type: 'registrations.vacancy.updated',
  version: 1,
  topic: 'registrations.vacancy.v1',
  privacy: 'public',
  payload: VacancyUpdatedV1,
  example: {
    vacancyId: 'vac-2107',
    organisationId: 'org-0192',
    centreId: 'centre-utrecht',
    kind: 'one-off',
    title: 'NLdoet: moestuin klaarmaken voor het voorjaar',
    sector: 'nature',
    skills: ['outdoor.gardening'],
    requirements: { vogRequired: false, minimumAge: 12 },
    suitability: { students: true, newcomersWithoutDutch: true, needsGuidance: true },
    remote: false,
    postcodeArea: '3563',
    date: '2027-03-13',
    startTime: '09:30',
    endTime: '13:00',
    places: 12,
    placesLeft: 5,
    availability: [],
    status: 'published',
  },
  description:
    'A vacancy that has been published changed (text, requirements, times, places left). Carries the whole ' +
    'vacancy after the change; consumers replace what they hold. Status changes have their own events.',
});
