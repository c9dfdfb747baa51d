import type { BeursvloerCategory, OfferKind } from '@vc/contracts';

export type EmployeeTimeFormat = 'team-day' | 'skills-based';

/**
 * The Beursvloer category an offer lands in: a team day is hands (helpende-handen), skills-based
 * volunteering and pro bono expertise are knowledge (kennis-en-kunde), materials and space are means.
 */
export function categoryOfOffer(kind: OfferKind, format: EmployeeTimeFormat | null): BeursvloerCategory {
  switch (kind) {
    case 'employee-time':
      return format === 'skills-based' ? 'kennis-en-kunde' : 'helpende-handen';
    case 'expertise':
      return 'kennis-en-kunde';
    case 'materials':
    case 'space':
      return 'middelen-en-materialen';
  }
}
