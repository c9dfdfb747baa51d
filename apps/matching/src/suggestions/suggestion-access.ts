import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, NotFoundProblem, type Principal } from '@vc/service-kit';
import { MATCHING_CONFIG } from '../matching-infrastructure.module.js';
import { ownsRegion, regionOwnershipOf, type MatchingConfig, type RegionOwnership } from '../matching.config.js';
import type { VacancyRecord } from '../read-models/read-model-change.js';
import { RegionNotServedProblem } from './region-not-served.problem.js';
import { SuggestionIndex, type IndexedVolunteer } from './suggestion-index.js';

const STAFF = ['consortium-admin', 'centre-admin', 'consultant'] as const;

/**
 * Who may see which suggestions. Suggestions come from memory, not from the tables, so the
 * tenancy rules are applied here: staff see their own centre's volunteers, and vacancies of their
 * centre or of a centre that shares them in the region; a volunteer sees only their own;
 * consortium admins see every owned region. Unknown or foreign resources answer 404 alike.
 */
@Injectable()
export class SuggestionAccess {
  private readonly ownership: RegionOwnership;

  constructor(
    private readonly index: SuggestionIndex,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {
    this.ownership = regionOwnershipOf(config);
  }

  isConsortiumWide(principal: Principal): boolean {
    return principal.roles.includes('consortium-admin');
  }

  isStaff(principal: Principal): boolean {
    return principal.roles.some((role) => (STAFF as readonly string[]).includes(role));
  }

  /** The caller's region must be one this instance owns; a centre still unknown is judged by the resource. */
  assertRegionServed(principal: Principal): void {
    if (!principal.centreId) return;
    const centre = this.index.centre(principal.centreId);
    if (centre && !ownsRegion(this.ownership, centre.regionId)) throw new RegionNotServedProblem(centre.regionId, this.config.MATCHING_REGIONS);
  }

  volunteerFor(principal: Principal, volunteerId: string): IndexedVolunteer {
    if (!this.isStaff(principal) && principal.volunteerId !== volunteerId) {
      throw new ForbiddenProblem('A volunteer sees only their own suggestions');
    }
    if (!this.isConsortiumWide(principal) && !principal.centreId && this.isStaff(principal)) {
      throw new ForbiddenProblem('This token is not bound to a centre');
    }
    this.assertRegionServed(principal);
    const volunteer = this.index.volunteer(volunteerId);
    const visible =
      volunteer &&
      (this.isConsortiumWide(principal) ||
        (this.isStaff(principal) ? volunteer.centreId === principal.centreId : volunteer.volunteerId === principal.volunteerId));
    if (!visible) throw this.notFound('Volunteer', volunteerId);
    return volunteer;
  }

  vacancyFor(principal: Principal, vacancyId: string): VacancyRecord {
    if (!this.isConsortiumWide(principal) && !principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
    this.assertRegionServed(principal);
    const vacancy = this.index.vacancy(vacancyId);
    if (!vacancy || !(this.isConsortiumWide(principal) || this.offeredTo(vacancy, principal.centreId!))) {
      throw this.notFound('Vacancy', vacancyId);
    }
    return vacancy;
  }

  /** A vacancy is offered to its own centre, and to the region's others when its centre shares. */
  offeredTo(vacancy: VacancyRecord, centreId: string): boolean {
    if (vacancy.centreId === centreId) return true;
    const own = this.index.centre(centreId);
    return own?.regionId === vacancy.regionId && (this.index.centre(vacancy.centreId)?.sharesVacancies ?? false);
  }

  private notFound(what: string, id: string): NotFoundProblem {
    return new NotFoundProblem(what, id);
  }
}
