import type { Principal } from '@vc/service-kit';
import { readerOf } from './inbox.http.controller.js';

describe('readerOf', () => {
  it.each<[string, Principal, ReturnType<typeof readerOf>]>([
    ['a volunteer reads by volunteer id', { subject: 'u-1', roles: ['volunteer'], centreId: 'c', volunteerId: 'v-1' }, { volunteerId: 'v-1', staffSubject: null }],
    ['a consultant reads by subject', { subject: 'u-2', roles: ['consultant'], centreId: 'c' }, { volunteerId: null, staffSubject: 'u-2' }],
    ['a centre admin reads by subject', { subject: 'u-3', roles: ['centre-admin'], centreId: 'c' }, { volunteerId: null, staffSubject: 'u-3' }],
    ['a volunteer who is also a trainer reads both', { subject: 'u-4', roles: ['volunteer', 'trainer'], centreId: 'c', volunteerId: 'v-4' }, { volunteerId: 'v-4', staffSubject: 'u-4' }],
    ['a consultant token with a volunteer id but no volunteer role reads by subject only', { subject: 'u-5', roles: ['consultant'], centreId: 'c', volunteerId: 'v-5' }, { volunteerId: null, staffSubject: 'u-5' }],
  ])('%s', (_case, principal, expected) => {
    expect(readerOf(principal)).toEqual(expected);
  });

  it('refuses a volunteer token without a volunteer id', () => {
    expect(() => readerOf({ subject: 'u-6', roles: ['volunteer'], centreId: 'c' })).toThrow('This token does not belong to a volunteer');
  });
});
