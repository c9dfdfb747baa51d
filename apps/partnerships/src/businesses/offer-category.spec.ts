import { categoryOfOffer } from './offer-category.js';

describe('categoryOfOffer', () => {
  it.each([
    ['employee-time', 'team-day', 'helpende-handen'],
    ['employee-time', 'skills-based', 'kennis-en-kunde'],
    ['expertise', null, 'kennis-en-kunde'],
    ['materials', null, 'middelen-en-materialen'],
    ['space', null, 'middelen-en-materialen'],
  ] as const)('puts %s (%s) in %s', (kind, format, category) => {
    expect(categoryOfOffer(kind, format)).toBe(category);
  });
});
