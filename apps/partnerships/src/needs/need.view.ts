import type { BeursvloerCategory } from '@vc/contracts';
import { dateOrNull } from '../shared/amsterdam-date.js';

export interface NeedRow {
  id: string;
  centre_id: string;
  organisation_id: string;
  organisation_name?: string;
  organisation_sector?: string;
  organisation_postcode_area?: string;
  category: BeursvloerCategory;
  title: string;
  description: string;
  skills: string[];
  quantity: number | null;
  unit: string | null;
  needed_by: string | Date | null;
  created_at: Date;
}

export interface NeedView {
  id: string;
  centreId: string;
  organisationId: string;
  organisationName?: string;
  category: BeursvloerCategory;
  title: string;
  description: string;
  skills: string[];
  quantity: number | null;
  unit: string | null;
  neededBy: string | null;
  createdAt: string;
}

export function needViewOf(row: NeedRow): NeedView {
  return {
    id: row.id,
    centreId: row.centre_id,
    organisationId: row.organisation_id,
    ...(row.organisation_name !== undefined ? { organisationName: row.organisation_name } : {}),
    category: row.category,
    title: row.title,
    description: row.description,
    skills: row.skills,
    quantity: row.quantity,
    unit: row.unit,
    neededBy: dateOrNull(row.needed_by),
    createdAt: row.created_at.toISOString(),
  };
}

export const NEED_SELECT = `SELECT n.*, g.name AS organisation_name, g.sector AS organisation_sector, g.postcode_area AS organisation_postcode_area
                              FROM need n JOIN organisation g ON g.id = n.organisation_id`;
