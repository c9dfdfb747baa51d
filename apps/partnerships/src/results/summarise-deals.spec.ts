import { summariseDeals, type LedgerEntry } from './summarise-deals.js';

const entry = (change: Partial<LedgerEntry>): LedgerEntry => ({
  status: 'pledged',
  wasRatified: false,
  businessId: 'b1',
  employeeHours: null,
  estimatedValueEur: null,
  ...change,
});

describe('summariseDeals', () => {
  it('answers zeros and no share for an empty ledger', () => {
    expect(summariseDeals([])).toEqual({
      dealsMade: 0,
      ratified: 0,
      carriedOut: 0,
      carriedOutShare: null,
      notFeasible: 0,
      estimatedValueEur: 0,
      employeeHours: 0,
      businessesInvolved: 0,
    });
  });

  it('counts a ledger with a deal in every state', () => {
    const ledger = [
      entry({ status: 'pledged', businessId: 'b1', employeeHours: 100, estimatedValueEur: 9999 }),
      entry({ status: 'ratified', wasRatified: true, businessId: 'b2' }),
      entry({ status: 'contacted', wasRatified: true, businessId: 'b2' }),
      entry({ status: 'carried-out', wasRatified: true, businessId: 'b3', employeeHours: 48, estimatedValueEur: 2400 }),
      entry({ status: 'carried-out', wasRatified: true, businessId: 'b1', employeeHours: 7.5, estimatedValueEur: null }),
      entry({ status: 'not-feasible', wasRatified: true, businessId: 'b4', employeeHours: 16, estimatedValueEur: 500 }),
      entry({ status: 'not-feasible', wasRatified: false, businessId: 'b4' }),
    ];
    expect(summariseDeals(ledger)).toEqual({
      dealsMade: 7,
      ratified: 5,
      carriedOut: 2,
      carriedOutShare: 0.29,
      notFeasible: 2,
      estimatedValueEur: 2400,
      employeeHours: 55.5,
      businessesInvolved: 4,
    });
  });

  it('gives a share of 1 when every deal was carried out', () => {
    expect(summariseDeals([entry({ status: 'carried-out', wasRatified: true })]).carriedOutShare).toBe(1);
  });
});
