import type { BeursvloerCategory, BusinessSize, OfferKind } from '@vc/contracts';
import { dateOrNull } from '../shared/amsterdam-date.js';

export interface BusinessRow {
  id: string;
  centre_id: string;
  name: string;
  kvk_number: string;
  size: BusinessSize;
  sector: string;
  postcode_area: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_account: string | null;
  contact_removed_at: Date | null;
  created_at: Date;
}

/** A business as staff and its own contact see it, contact person included (null once removed). */
export interface BusinessView {
  id: string;
  centreId: string;
  name: string;
  kvkNumber: string;
  size: BusinessSize;
  sector: string;
  postcodeArea: string | null;
  contactPerson: { name: string; email: string; phone: string | null } | null;
  contactRemovedAt: string | null;
  createdAt: string;
}

export function businessViewOf(row: BusinessRow): BusinessView {
  return {
    id: row.id,
    centreId: row.centre_id,
    name: row.name,
    kvkNumber: row.kvk_number,
    size: row.size,
    sector: row.sector,
    postcodeArea: row.postcode_area,
    contactPerson:
      row.contact_name !== null && row.contact_email !== null
        ? { name: row.contact_name, email: row.contact_email, phone: row.contact_phone }
        : null,
    contactRemovedAt: row.contact_removed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export interface OfferRow {
  id: string;
  centre_id: string;
  business_id: string;
  business_name?: string;
  business_sector?: string;
  business_postcode_area?: string | null;
  kind: OfferKind;
  employee_time_format: string | null;
  category: BeursvloerCategory;
  title: string;
  description: string;
  skills: string[];
  hours: string | null;
  quantity: number | null;
  unit: string | null;
  available_from: string | Date | null;
  available_until: string | Date | null;
  created_at: Date;
}

/** Offers carry no personal data: every role of the centre that takes part may read them. */
export interface OfferView {
  id: string;
  centreId: string;
  businessId: string;
  businessName?: string;
  kind: OfferKind;
  employeeTimeFormat: string | null;
  category: BeursvloerCategory;
  title: string;
  description: string;
  skills: string[];
  hours: number | null;
  quantity: number | null;
  unit: string | null;
  availableFrom: string | null;
  availableUntil: string | null;
  createdAt: string;
}

export function offerViewOf(row: OfferRow): OfferView {
  return {
    id: row.id,
    centreId: row.centre_id,
    businessId: row.business_id,
    ...(row.business_name !== undefined ? { businessName: row.business_name } : {}),
    kind: row.kind,
    employeeTimeFormat: row.employee_time_format,
    category: row.category,
    title: row.title,
    description: row.description,
    skills: row.skills,
    hours: row.hours === null ? null : Number(row.hours),
    quantity: row.quantity,
    unit: row.unit,
    availableFrom: dateOrNull(row.available_from),
    availableUntil: dateOrNull(row.available_until),
    createdAt: row.created_at.toISOString(),
  };
}

export const OFFER_SELECT = `SELECT o.*, b.name AS business_name, b.sector AS business_sector, b.postcode_area AS business_postcode_area
                               FROM offer o JOIN business b ON b.id = o.business_id`;
