import { DomainProblem } from '@vc/service-kit';

/**
 * The caller's region belongs to another matching deployment (MATCHING_REGIONS): 421 Misdirected
 * Request, naming the region, so a gateway or client can route it to the instance that owns it.
 */
export class RegionNotServedProblem extends DomainProblem {
  constructor(regionId: string, servedRegions: string) {
    super({
      status: 421,
      slug: 'region-not-served',
      title: 'Region served by another matching instance',
      detail: `Region ${regionId} is not served by this matching instance (it serves: ${servedRegions})`,
      extensions: { regionId, servedRegions: servedRegions.split(',') },
    });
  }
}
