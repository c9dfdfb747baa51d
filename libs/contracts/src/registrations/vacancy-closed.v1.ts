import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VacancyStatus } from './registrations-values.js';
import { VacancySnapshotV1 } from './vacancy-snapshot.v1.js';

export class VacancyClosedV1 extends VacancySnapshotV1 {
  @IsIn([VacancyStatus.Closed])
  status!: typeof VacancyStatus.Closed;
}

export const vacancyClosedV1 = defineEvent({
  type: 'registrations.vacancy.closed',
  version: 1,
  topic: 'registrations.vacancy.v1',
  privacy: 'public',
  payload: VacancyClosedV1,
  example: {
    vacancyId: 'vac-2188',
    organisationId: 'org-0044',
    centreId: 'centre-utrecht',
    kind: 'help-request',
    title: 'Respijtzorg: een middag per week gezelschap zodat een mantelzorger even vrij is',
    sector: 'care',
    skills: ['care.respite', 'social.companionship'],
    requirements: { vogRequired: true, minimumAge: 18, dutchLevel: 'B1' },
    suitability: { students: false, newcomersWithoutDutch: false, needsGuidance: false },
    remote: false,
    postcodeArea: '3581',
    availability: [{ day: 'wednesday', part: 'afternoon' }],
    hoursPerWeek: 3,
    status: 'closed',
  },
  description:
    'The organisation or centre closed a vacancy before it was filled or expired. Consumers stop offering it. ' +
    'Carries the vacancy as it was when closed.',
});
