import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VacancyStatus } from './registrations-values.js';
import { VacancySnapshotV1 } from './vacancy-snapshot.v1.js';

export class VacancyFilledV1 extends VacancySnapshotV1 {
  @IsIn([VacancyStatus.Filled])
  status!: typeof VacancyStatus.Filled;
}

export const vacancyFilledV1 = defineEvent({
  type: 'registrations.vacancy.filled',
  version: 1,
  topic: 'registrations.vacancy.v1',
  privacy: 'public',
  payload: VacancyFilledV1,
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
    placesLeft: 0,
    availability: [],
    status: 'filled',
  },
  description:
    'Every place of a vacancy is taken. Consumers stop offering it; it may later be published again. ' +
    'Carries the vacancy as it was when filled.',
});
