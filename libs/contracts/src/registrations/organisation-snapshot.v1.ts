import {
  IsEntityId,
  IsKvkNumber,
  IsPostcodeArea,
  IsTaxonomyCode,
  IsText,
  REGISTRATIONS_LIMITS,
  type OrganisationStatus,
} from './registrations-values.js';

/**
 * The fields every v1 organisation event carries: the organisation as it is after the fact.
 * Public: an organisation is not a person. Its address and coordinators stay in the service;
 * only the postcode area leaves it.
 */
export abstract class OrganisationSnapshotV1 {
  @IsEntityId()
  organisationId!: string;

  @IsEntityId()
  centreId!: string;

  /** The organisation's name (as registered at the KvK); not personal data. */
  @IsText(REGISTRATIONS_LIMITS.name)
  name!: string;

  @IsKvkNumber()
  kvkNumber!: string;

  /** Sector code from the shared taxonomy, e.g. `care`, `sport`, `nature`. */
  @IsTaxonomyCode()
  sector!: string;

  /** PC4 of the organisation's address. */
  @IsPostcodeArea()
  postcodeArea!: string;

  abstract status: OrganisationStatus;
}
