import { UnprocessableProblem } from '@vc/service-kit';
import type { ConsentText } from '../centres/centre.entity.js';
import { assertConsents, type GivenConsent } from './volunteer-consents.js';

const text = (purpose: string, version: string): ConsentText => ({ purpose, version, language: 'nl', text: 'Ik geef toestemming voor …' });
const centreTexts = [text('registration', '2026-01'), text('registration', '2025-03'), text('support-needs', '2026-01')];
const registration: GivenConsent = { purpose: 'registration', textVersion: '2026-01' };
const supportNeeds: GivenConsent = { purpose: 'support-needs', textVersion: '2026-01' };

function slugOf(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof UnprocessableProblem) return error.slug;
    throw error;
  }
}

describe('assertConsents', () => {
  it.each<[string, ConsentText[], GivenConsent[], boolean, string | undefined]>([
    ['the registration consent to a current text', centreTexts, [registration], false, undefined],
    ['the registration consent to an older text the centre still lists', centreTexts, [{ purpose: 'registration', textVersion: '2025-03' }], false, undefined],
    ['no registration consent', centreTexts, [supportNeeds], false, 'registration-consent-required'],
    ['support needs without their consent', centreTexts, [registration], true, 'support-needs-consent-required'],
    ['support needs with their consent', centreTexts, [registration, supportNeeds], true, undefined],
    ['a version the centre does not have', centreTexts, [{ purpose: 'registration', textVersion: '2099-01' }], false, 'unknown-consent-text'],
    ['a purpose the centre does not ask', centreTexts, [registration, { purpose: 'newsletter', textVersion: '2026-01' }], false, 'unknown-consent-text'],
    ['any version at a centre without consent texts', [], [{ purpose: 'registration', textVersion: 'anything' }], false, undefined],
    ['no registration consent at a centre without texts', [], [{ purpose: 'newsletter', textVersion: '1' }], false, 'registration-consent-required'],
  ])('%s', (_case, texts, consents, withSupportNeeds, slug) => {
    expect(slugOf(() => assertConsents(texts, consents, { withSupportNeeds }))).toBe(slug);
  });

  it('names the support-needs consent in the problem', () => {
    expect(() => assertConsents([], [registration], { withSupportNeeds: true })).toThrow(/support-needs/);
  });
});
