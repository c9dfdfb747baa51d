import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { runInTenant, type RequestWithPrincipal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { MATCHING_CONFIG } from '../matching-infrastructure.module.js';
import { ownsRegion, regionOwnershipOf, type MatchingConfig, type RegionOwnership } from '../matching.config.js';
import { CentreRead } from '../read-models/centre-read.entity.js';
import { RegionNotServedProblem } from '../suggestions/region-not-served.problem.js';

/**
 * Matches, mediation cases and placements of a region live with the instance that owns it: a
 * caller whose centre is in another region gets 421 naming it (as suggestions do), instead of a
 * 404 that would look like missing data. Runs after authentication (global guards go first).
 */
@Injectable()
export class RegionServedGuard implements CanActivate {
  private readonly ownership: RegionOwnership;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {
    this.ownership = regionOwnershipOf(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.ownership.all) return true;
    const centreId = context.switchToHttp().getRequest<RequestWithPrincipal>().principal?.centreId?.toLowerCase();
    if (!centreId || !/^[0-9a-f-]{36}$/.test(centreId)) return true;
    const centre = await runInTenant(this.dataSource, { centreId }, (manager) => manager.findOneBy(CentreRead, { centreId }));
    if (centre && !ownsRegion(this.ownership, centre.regionId)) throw new RegionNotServedProblem(centre.regionId, this.config.MATCHING_REGIONS);
    return true;
  }
}
