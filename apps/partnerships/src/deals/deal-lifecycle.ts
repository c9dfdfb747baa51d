import type { DealStatus } from '@vc/contracts';
import { ConflictProblem, InvalidTransitionProblem } from '@vc/service-kit';

/** What can happen to a deal. Confirming is per party; the third confirmation ratifies. */
export type DealAction = 'confirm' | 'record-contact' | 'carry-out' | 'mark-not-feasible';

/** The three signatures a deal form needs before the deal is ratified. */
export type ConfirmingParty = 'business' | 'organisation' | 'organiser';
export const CONFIRMING_PARTIES: readonly ConfirmingParty[] = ['business', 'organisation', 'organiser'];

export type Confirmations = Partial<Record<ConfirmingParty, { at: string; account: string }>>;

/**
 * The ledger's transitions: pledged → ratified (all three confirmed) → contacted → carried out,
 * and not feasible from any open state. Carried out and not feasible are final.
 */
export const DEAL_TRANSITIONS: Readonly<Record<DealStatus, Partial<Record<DealAction, DealStatus>>>> = {
  pledged: { confirm: 'ratified', 'mark-not-feasible': 'not-feasible' },
  ratified: { 'record-contact': 'contacted', 'mark-not-feasible': 'not-feasible' },
  contacted: { 'carry-out': 'carried-out', 'mark-not-feasible': 'not-feasible' },
  'carried-out': {},
  'not-feasible': {},
};

const ACTION_TARGET: Record<DealAction, string> = {
  confirm: 'ratified',
  'record-contact': 'contacted',
  'carry-out': 'carried-out',
  'mark-not-feasible': 'not-feasible',
};

/** The status after `action`, or an InvalidTransitionProblem (409) naming both states. */
export function statusAfter(status: DealStatus, action: DealAction): DealStatus {
  const next = DEAL_TRANSITIONS[status][action];
  if (!next) throw new InvalidTransitionProblem(status, ACTION_TARGET[action]);
  return next;
}

/**
 * Adds one party's confirmation to a pledged deal. The deal is ratified when all three parties
 * have confirmed; until then it stays pledged. A party confirms once.
 */
export function confirmDeal(
  status: DealStatus,
  confirmations: Confirmations,
  party: ConfirmingParty,
  by: { at: string; account: string },
): { confirmations: Confirmations; status: DealStatus } {
  const ratified = statusAfter(status, 'confirm');
  if (confirmations[party]) throw new ConflictProblem(`The ${party} has confirmed this deal already`, 'already-confirmed');
  const next = { ...confirmations, [party]: by };
  return { confirmations: next, status: CONFIRMING_PARTIES.every((p) => next[p]) ? ratified : status };
}
