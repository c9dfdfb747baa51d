import { sessionFieldErrors } from './schedule-session.rules.js';
import type { ScheduleSessionRequest } from './schedule-session.request.dto.js';

const valid: ScheduleSessionRequest = {
  startsAt: '2027-03-12T19:30',
  endsAt: '2027-03-12T21:30',
  enrolmentDeadline: '2027-03-10T23:59',
  location: 'Buurthuis De Linde',
  trainerName: 'Mirjam Bakker',
  capacity: 20,
};

describe('sessionFieldErrors', () => {
  it.each<[string, Partial<ScheduleSessionRequest>, string[]]>([
    ['a valid session', {}, []],
    ['a session that ends when it starts', { endsAt: '2027-03-12T19:30' }, ['endsAt']],
    ['a session that ends the day before', { endsAt: '2027-03-11T21:30' }, ['endsAt']],
    ['a deadline after the start', { enrolmentDeadline: '2027-03-12T19:31' }, ['enrolmentDeadline']],
    ['a deadline at the start', { enrolmentDeadline: '2027-03-12T19:30' }, []],
    ['neither place nor link', { location: undefined }, ['location']],
    ['only an online link', { location: undefined, onlineUrl: 'https://meet.example.nl/x' }, []],
  ])('%s', (_case, change, fields) => {
    expect(sessionFieldErrors({ ...valid, ...change }).map((e) => e.field)).toEqual(fields);
  });
});
