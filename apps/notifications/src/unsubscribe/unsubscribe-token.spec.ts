import { UnsubscribeTokens } from './unsubscribe-token.js';

const claim = { volunteerId: 'vol-1', centreId: '7a1c0c52-8a8e-4c1e-9a55-0d0f6a3f2b10', category: 'appreciation' as const };
const tokens = new UnsubscribeTokens('a-secret-of-at-least-thirty-two-characters');

describe('UnsubscribeTokens', () => {
  it('verifies what it signed', () => {
    expect(tokens.verify(tokens.sign(claim))).toEqual(claim);
  });

  it('refuses a token signed with another secret', () => {
    expect(new UnsubscribeTokens('another-secret-of-at-least-thirty-two-chars').verify(tokens.sign(claim))).toBeUndefined();
  });

  it('refuses a token whose claim was changed to another person', () => {
    const [, mac] = tokens.sign(claim).split('.');
    const forged = Buffer.from(JSON.stringify([1, 'vol-2', claim.centreId, claim.category])).toString('base64url');
    expect(tokens.verify(`${forged}.${mac}`)).toBeUndefined();
  });

  it('refuses a transactional category even when signed, since those cannot be switched off', () => {
    const signed = tokens.sign({ ...claim, category: 'transactional' });
    expect(tokens.verify(signed)).toBeUndefined();
  });

  it.each(['', '.', 'abc', 'abc.def.ghi', `${tokens.sign(claim)}x`])('refuses %p', (token) => {
    expect(tokens.verify(token)).toBeUndefined();
  });
});
