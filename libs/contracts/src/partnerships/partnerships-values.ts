import { IsIn, IsInt, IsNumber, Max, Min, ValidateIf } from 'class-validator';
import { valuesOf } from '../registrations/registrations-values.js';

/*
 * Values shared by the partnerships service's events. Enumerations are `as const` objects with a
 * type of the same name, as in registrations: plain strings in JSON.
 */

/**
 * The three Beursvloer categories. Money is deliberately not one of them: a Beursvloer deal is
 * never a donation of money (see docs/partnerships.md, "No money").
 */
export const BeursvloerCategory = {
  HelpendeHanden: 'helpende-handen',
  KennisEnKunde: 'kennis-en-kunde',
  MiddelenEnMaterialen: 'middelen-en-materialen',
} as const;
export type BeursvloerCategory = (typeof BeursvloerCategory)[keyof typeof BeursvloerCategory];

/** What a business offers: employee time (team days or skills-based), pro bono expertise, materials, space. */
export const OfferKind = {
  EmployeeTime: 'employee-time',
  Expertise: 'expertise',
  Materials: 'materials',
  Space: 'space',
} as const;
export type OfferKind = (typeof OfferKind)[keyof typeof OfferKind];

/** Size classes as the KvK and CBS count employees: micro < 10, small < 50, medium < 250, large 250+. */
export const BusinessSize = { Micro: 'micro', Small: 'small', Medium: 'medium', Large: 'large' } as const;
export type BusinessSize = (typeof BusinessSize)[keyof typeof BusinessSize];

/** The deal ledger's states (docs/partnerships.md, Deal lifecycle). */
export const DealStatus = {
  Pledged: 'pledged',
  Ratified: 'ratified',
  Contacted: 'contacted',
  CarriedOut: 'carried-out',
  NotFeasible: 'not-feasible',
} as const;
export type DealStatus = (typeof DealStatus)[keyof typeof DealStatus];

/** The party that must make contact after ratification ("partij B" on the deal form). */
export const DealParty = { Business: 'business', Organisation: 'organisation' } as const;
export type DealParty = (typeof DealParty)[keyof typeof DealParty];

export const PARTNERSHIPS_LIMITS = {
  name: 200,
  title: 200,
  place: 200,
  hours: 100_000,
  valueEur: 10_000_000,
  skills: 30,
} as const;

export const IsBeursvloerCategory = (): PropertyDecorator => IsIn(valuesOf(BeursvloerCategory));

/** Whole hours, 0 or more, or null when not known. */
export const IsHoursOrNull = (): PropertyDecorator => (target, key) => {
  ValidateIf((o: Record<PropertyKey, unknown>) => o[key] !== null)(target, key);
  IsNumber({ maxDecimalPlaces: 1 })(target, key);
  Min(0)(target, key);
  Max(PARTNERSHIPS_LIMITS.hours)(target, key);
};

/** Whole euros, 0 or more, or null when not estimated. */
export const IsEurosOrNull = (): PropertyDecorator => (target, key) => {
  ValidateIf((o: Record<PropertyKey, unknown>) => o[key] !== null)(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(PARTNERSHIPS_LIMITS.valueEur)(target, key);
};
