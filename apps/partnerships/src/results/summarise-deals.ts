import type { DealStatus } from '@vc/contracts';

/** What results need of one deal from the ledger. */
export interface LedgerEntry {
  status: DealStatus;
  /** Whether the deal was ever ratified (it may have moved on, or been found not feasible later). */
  wasRatified: boolean;
  businessId: string;
  employeeHours: number | null;
  estimatedValueEur: number | null;
}

/** The figures a centre reports to its municipality, for one Beursvloer, centre or period. */
export interface DealResults {
  dealsMade: number;
  ratified: number;
  carriedOut: number;
  /** carriedOut / dealsMade, two decimals; null when no deal was made. */
  carriedOutShare: number | null;
  notFeasible: number;
  /** Sum of the validated estimates of carried-out deals (what the deals yielded, not what was promised). */
  estimatedValueEur: number;
  /** Employee hours of carried-out deals. */
  employeeHours: number;
  /** Distinct businesses with at least one deal. */
  businessesInvolved: number;
}

export function summariseDeals(entries: readonly LedgerEntry[]): DealResults {
  const carriedOut = entries.filter((e) => e.status === 'carried-out');
  return {
    dealsMade: entries.length,
    ratified: entries.filter((e) => e.wasRatified).length,
    carriedOut: carriedOut.length,
    carriedOutShare: entries.length === 0 ? null : Math.round((carriedOut.length / entries.length) * 100) / 100,
    notFeasible: entries.filter((e) => e.status === 'not-feasible').length,
    estimatedValueEur: carriedOut.reduce((sum, e) => sum + (e.estimatedValueEur ?? 0), 0),
    employeeHours: Math.round(carriedOut.reduce((sum, e) => sum + (e.employeeHours ?? 0), 0) * 10) / 10,
    businessesInvolved: new Set(entries.map((e) => e.businessId)).size,
  };
}
