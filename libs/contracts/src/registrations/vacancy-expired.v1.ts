import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VacancyStatus } from './registrations-values.js';
import { VacancySnapshotV1 } from './vacancy-snapshot.v1.js';

export class VacancyExpiredV1 extends VacancySnapshotV1 {
  @IsIn([VacancyStatus.Expired])
  status!: typeof VacancyStatus.Expired;
}

export const vacancyExpiredV1 = defineEvent({
  type: 'registrations.vacancy.expired',
  version: 1,
  topic: 'registrations.vacancy.v1',
  privacy: 'public',
  payload: VacancyExpiredV1,
  example: {
    vacancyId: 'vac-1975',
    organisationId: 'org-0311',
    centreId: 'centre-amersfoort',
    kind: 'structural',
    title: 'Chauffeur voor de buurtbus',
    sector: 'mobility',
    skills: ['transport.driving-licence-b'],
    requirements: { vogRequired: true, minimumAge: 21 },
    suitability: { students: false, newcomersWithoutDutch: false, needsGuidance: false },
    remote: false,
    postcodeArea: '3811',
    availability: [
      { day: 'monday', part: 'morning' },
      { day: 'thursday', part: 'afternoon' },
    ],
    hoursPerWeek: 4,
    startsOn: '2026-03-01',
    endsOn: '2026-11-30',
    status: 'expired',
  },
  description:
    'A vacancy passed its end date unfilled and expired by itself (a timer in the registrations service, so the ' +
    'envelope has no causation id). Consumers stop offering it. Carries the vacancy as it was when it expired.',
});
