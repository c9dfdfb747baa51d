import { rankSuggestions, scorePair, type NeedForSuggestion, type OfferForSuggestion } from './suggest.js';

const KM: Record<string, number> = { '3511|3512': 2, '3511|3811': 20, '3511|9711': 160 };
const distance = (a: string, b: string) => KM[`${a}|${b}`] ?? KM[`${b}|${a}`] ?? (a === b ? 0 : undefined);
const TODAY = '2027-03-01';

const offer = (change: Partial<OfferForSuggestion> = {}): OfferForSuggestion => ({
  id: 'offer-1',
  category: 'kennis-en-kunde',
  skills: ['webdesign'],
  sector: 'ict',
  postcodeArea: '3511',
  availableFrom: null,
  availableUntil: null,
  ...change,
});
const need = (change: Partial<NeedForSuggestion> = {}): NeedForSuggestion => ({
  id: 'need-1',
  category: 'kennis-en-kunde',
  skills: [],
  sector: 'welzijn',
  postcodeArea: '3512',
  neededBy: null,
  ...change,
});

describe('scorePair', () => {
  it.each<[string, Partial<OfferForSuggestion>, Partial<NeedForSuggestion>, number | null, string[]]>([
    ['same category, 2 km', {}, {}, 70, ['zelfde categorie (Kennis & Kunde)', '2 km']],
    ['another category', { category: 'helpende-handen' }, {}, null, []],
    ['a shared skill', {}, { skills: ['webdesign', 'fotografie'] }, 80, ['zelfde categorie (Kennis & Kunde)', 'gedeelde vaardigheden: webdesign', '2 km']],
    ['three shared skills count at most 30', { skills: ['a', 'b', 'c', 'd'] }, { skills: ['a', 'b', 'c', 'd'] }, 100, ['zelfde categorie (Kennis & Kunde)', 'gedeelde vaardigheden: a, b, c, d', '2 km']],
    ['the same sector', { sector: 'welzijn' }, {}, 80, ['zelfde categorie (Kennis & Kunde)', 'zelfde sector (welzijn)', '2 km']],
    ['20 km away', {}, { postcodeArea: '3811' }, 55, ['zelfde categorie (Kennis & Kunde)', '20 km']],
    ['160 km away', {}, { postcodeArea: '9711' }, 50, ['zelfde categorie (Kennis & Kunde)', '160 km']],
    ['an unknown postcode area', {}, { postcodeArea: '1000' }, 50, ['zelfde categorie (Kennis & Kunde)', 'afstand onbekend']],
    ['no postcode area for the business', { postcodeArea: null }, {}, 50, ['zelfde categorie (Kennis & Kunde)', 'afstand onbekend']],
    ['available before the need’s date', { availableFrom: '2027-03-10' }, { neededBy: '2027-04-01' }, 80, ['zelfde categorie (Kennis & Kunde)', '2 km', 'op tijd beschikbaar (nodig vóór 2027-04-01)']],
    ['only available after the need’s date', { availableFrom: '2027-05-01' }, { neededBy: '2027-04-01' }, null, []],
    ['an offer that ended before today', { availableUntil: '2027-02-28' }, {}, null, []],
    ['an offer that ends today', { availableUntil: TODAY }, {}, 70, ['zelfde categorie (Kennis & Kunde)', '2 km']],
  ])('%s', (_case, offerChange, needChange, score, texts) => {
    const suggestion = scorePair(offer(offerChange), need(needChange), distance, TODAY);
    expect(suggestion?.score ?? null).toBe(score);
    expect(suggestion?.reasons.map((r) => r.text) ?? []).toEqual(texts);
  });

  it('adds up its reasons into its score', () => {
    const suggestion = scorePair(offer({ sector: 'welzijn' }), need({ skills: ['webdesign'], neededBy: '2027-06-01' }), distance, TODAY)!;
    expect(suggestion.score).toBe(suggestion.reasons.reduce((sum, r) => sum + r.points, 0));
  });
});

describe('rankSuggestions', () => {
  it('puts the best first, breaks ties by id, drops pairs that cannot meet and keeps to the limit', () => {
    const pairs: Array<[OfferForSuggestion, NeedForSuggestion]> = [
      [offer({ id: 'far', postcodeArea: '9711' }), need()],
      [offer({ id: 'b-near' }), need()],
      [offer({ id: 'a-near' }), need()],
      [offer({ id: 'other', category: 'helpende-handen' }), need()],
    ];
    expect(rankSuggestions(pairs, distance, TODAY).map((s) => s.offerId)).toEqual(['a-near', 'b-near', 'far']);
    expect(rankSuggestions(pairs, distance, TODAY, 1).map((s) => s.offerId)).toEqual(['a-near']);
  });

  it('gives the same answer for the same input in any order', () => {
    const pairs: Array<[OfferForSuggestion, NeedForSuggestion]> = [
      [offer({ id: 'x' }), need()],
      [offer({ id: 'y', sector: 'welzijn' }), need()],
      [offer({ id: 'z', postcodeArea: '3811' }), need()],
    ];
    expect(rankSuggestions([...pairs].reverse(), distance, TODAY)).toEqual(rankSuggestions(pairs, distance, TODAY));
  });
});
