import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VacancyStatus } from './registrations-values.js';
import { VacancySnapshotV1 } from './vacancy-snapshot.v1.js';

export class VacancyPublishedV1 extends VacancySnapshotV1 {
  @IsIn([VacancyStatus.Published])
  status!: typeof VacancyStatus.Published;
}

export const vacancyPublishedV1 = defineEvent({
  type: 'registrations.vacancy.published',
  version: 1,
  topic: 'registrations.vacancy.v1',
  privacy: 'public',
  payload: VacancyPublishedV1,
  example: {
    vacancyId: 'vac-2031',
    organisationId: 'org-0192',
    centreId: 'centre-utrecht',
    kind: 'structural',
    title: 'Taalmaatje voor een nieuwe buurtbewoner',
    sector: 'language-and-integration',
    skills: ['teaching.language-coaching', 'social.listening'],
    requirements: { vogRequired: true, minimumAge: 18, dutchLevel: 'B2' },
    suitability: { students: false, newcomersWithoutDutch: false, needsGuidance: true },
    remote: false,
    postcodeArea: '3562',
    availability: [
      { day: 'tuesday', part: 'evening' },
      { day: 'saturday', part: 'morning' },
    ],
    hoursPerWeek: 2,
    startsOn: '2027-01-11',
    endsOn: '2027-12-31',
    status: 'published',
  },
  description:
    'A vacancy was published (also when it is published again after being reopened). Matching offers it to ' +
    'volunteers. Kind help-request is never listed on the website and is only mediated by a consultant; like ' +
    'every vacancy event it carries no personal data about the person who is helped.',
});
