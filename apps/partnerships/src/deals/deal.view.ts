import type { BeursvloerCategory, DealParty, DealSnapshotV1, DealStatus } from '@vc/contracts';
import { dateOrNull } from '../shared/amsterdam-date.js';
import type { Confirmations } from './deal-lifecycle.js';

export interface DealRow {
  id: string;
  centre_id: string;
  beursvloer_id: string | null;
  business_id: string;
  organisation_id: string;
  offer_id: string | null;
  need_id: string | null;
  category: BeursvloerCategory;
  description: string;
  contact_party: DealParty;
  employee_hours: string | null;
  status: DealStatus;
  confirmations: Confirmations;
  ratified_at: Date | null;
  contact_due_on: string | Date | null;
  follow_up_requested_at: Date | null;
  contacted_at: Date | null;
  carried_out_at: Date | null;
  not_feasible_at: Date | null;
  not_feasible_reason: string | null;
  estimated_value_eur: number | null;
  valuation_method: string | null;
  value_validated_by: string | null;
  pledged_at: Date;
  updated_at: Date;
}

export interface DealView {
  id: string;
  centreId: string;
  beursvloerId: string | null;
  businessId: string;
  organisationId: string;
  offerId: string | null;
  needId: string | null;
  category: BeursvloerCategory;
  description: string;
  contactParty: DealParty;
  employeeHours: number | null;
  status: DealStatus;
  /** When each party confirmed the deal form; who did it stays with staff. */
  confirmations: Record<'business' | 'organisation' | 'organiser', string | null>;
  pledgedAt: string;
  ratifiedAt: string | null;
  contactDueOn: string | null;
  followUpRequestedAt: string | null;
  contactedAt: string | null;
  carriedOutAt: string | null;
  notFeasibleAt: string | null;
  notFeasibleReason: string | null;
  estimatedValueEur: number | null;
  valuationMethod: string | null;
  /** The staff account that validated the estimate; shown to staff only. */
  valueValidatedBy?: string | null;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function dealViewOf(row: DealRow, forStaff: boolean): DealView {
  return {
    id: row.id,
    centreId: row.centre_id,
    beursvloerId: row.beursvloer_id,
    businessId: row.business_id,
    organisationId: row.organisation_id,
    offerId: row.offer_id,
    needId: row.need_id,
    category: row.category,
    description: row.description,
    contactParty: row.contact_party,
    employeeHours: row.employee_hours === null ? null : Number(row.employee_hours),
    status: row.status,
    confirmations: {
      business: row.confirmations.business?.at ?? null,
      organisation: row.confirmations.organisation?.at ?? null,
      organiser: row.confirmations.organiser?.at ?? null,
    },
    pledgedAt: row.pledged_at.toISOString(),
    ratifiedAt: iso(row.ratified_at),
    contactDueOn: dateOrNull(row.contact_due_on),
    followUpRequestedAt: iso(row.follow_up_requested_at),
    contactedAt: iso(row.contacted_at),
    carriedOutAt: iso(row.carried_out_at),
    notFeasibleAt: iso(row.not_feasible_at),
    notFeasibleReason: row.not_feasible_reason,
    estimatedValueEur: row.estimated_value_eur,
    valuationMethod: row.valuation_method,
    ...(forStaff ? { valueValidatedBy: row.value_validated_by } : {}),
  };
}

/** The public snapshot every deal event carries (no reason, no accounts). */
export function dealSnapshotOf(row: DealRow): Omit<DealSnapshotV1, 'status'> {
  return {
    dealId: row.id,
    centreId: row.centre_id,
    beursvloerId: row.beursvloer_id,
    businessId: row.business_id,
    organisationId: row.organisation_id,
    category: row.category,
    description: row.description,
    contactParty: row.contact_party,
    employeeHours: row.employee_hours === null ? null : Number(row.employee_hours),
    estimatedValueEur: row.estimated_value_eur,
  };
}
