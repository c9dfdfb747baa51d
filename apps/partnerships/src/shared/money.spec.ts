import { moneyFieldsOf } from './money.js';

describe('moneyFieldsOf', () => {
  it.each<[string, Parameters<typeof moneyFieldsOf>[0], string[]]>([
    ['a Beursvloer category', { category: 'helpende-handen' }, []],
    ['materials counted in boxes', { category: 'middelen-en-materialen', unit: 'dozen' }, []],
    ['hours of employee time', { kind: 'employee-time', unit: 'uur' }, []],
    ['the category money', { category: 'money' }, ['category']],
    ['the category geld in capitals', { category: ' GELD ' }, ['category']],
    ['the category sponsoring', { category: 'sponsoring' }, ['category']],
    ['an offer of kind donation', { kind: 'donatie' }, ['kind']],
    ['a quantity in euros', { category: 'middelen-en-materialen', unit: 'euro' }, ['unit']],
    ['a quantity in €', { unit: '€' }, ['unit']],
    ['a quantity in EUR', { unit: 'EUR' }, ['unit']],
    ['a quantity in cash', { unit: 'contanten' }, ['unit']],
    ['money as category and unit at once', { category: 'money', unit: 'euros' }, ['category', 'unit']],
    ['a unit that merely contains euro', { unit: 'europallets' }, []],
  ])('%s', (_case, input, fields) => {
    expect(moneyFieldsOf(input)).toEqual(fields);
  });
});
