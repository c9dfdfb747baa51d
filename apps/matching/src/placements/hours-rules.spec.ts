import { hoursEntryProblems, signOffRefusal, type SignOffState } from './hours-rules.js';

const context = { today: '2027-03-10', startedOn: '2027-02-01', alreadyLoggedThatDay: 0 };

describe('a new hours entry', () => {
  it.each([
    ['a usual afternoon', { workedOn: '2027-03-09', hours: 3.5 }, 0],
    ['today', { workedOn: '2027-03-10', hours: 1 }, 0],
    ['the first day of the placement', { workedOn: '2027-02-01', hours: 0.25 }, 0],
    ['a whole day', { workedOn: '2027-03-09', hours: 24 }, 0],
    ['the rest of a day already partly logged', { workedOn: '2027-03-09', hours: 4 }, 20],
  ])('is accepted: %s', (_case, entry, alreadyLoggedThatDay) => {
    expect(hoursEntryProblems(entry, { ...context, alreadyLoggedThatDay })).toEqual([]);
  });

  it.each([
    ['a day in the future', { workedOn: '2027-03-11', hours: 2 }, 0, ['workedOn']],
    ['a day before the placement started', { workedOn: '2027-01-31', hours: 2 }, 0, ['workedOn']],
    ['ten minutes', { workedOn: '2027-03-09', hours: 0.1666 }, 0, ['hours']],
    ['more than a day in total', { workedOn: '2027-03-09', hours: 5 }, 20, ['hours']],
    ['a future day and odd minutes', { workedOn: '2027-04-01', hours: 1.1 }, 0, ['workedOn', 'hours']],
  ])('is refused, per field: %s', (_case, entry, alreadyLoggedThatDay, fields) => {
    expect(hoursEntryProblems(entry, { ...context, alreadyLoggedThatDay }).map((p) => p.field)).toEqual(fields);
  });
});

describe('signing a placement off', () => {
  const mas: SignOffState = { mas: true, status: 'active', requiredHours: 30, confirmedHours: 30 };

  it.each<[string, SignOffState, RegExp | null]>([
    ['a MaS placement with exactly the required hours', mas, null],
    ['a MaS placement with more than the required hours', { ...mas, confirmedHours: 31.5 }, null],
    ['a MaS placement short of its hours', { ...mas, confirmedHours: 29.75 }, /29.75 of the required 30/],
    ['a placement that is no MaS', { ...mas, mas: false }, /Only a maatschappelijke stage/],
    ['a placement signed off before', { ...mas, status: 'completed' }, /signed off already/],
  ])('%s', (_case, placement, refusal) => {
    const answer = signOffRefusal(placement);
    if (refusal === null) expect(answer).toBeNull();
    else expect(answer).toMatch(refusal);
  });
});
