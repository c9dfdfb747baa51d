import { Match } from '../matches/match.entity.js';
import { MediationCase } from '../mediation/mediation-case.entity.js';
import { HoursEntry } from '../placements/hours-entry.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { CentreRead } from '../read-models/centre-read.entity.js';
import { OrganisationRead } from '../read-models/organisation-read.entity.js';
import { VacancyRead } from '../read-models/vacancy-read.entity.js';
import { VolunteerRead } from '../read-models/volunteer-read.entity.js';

/** Every TypeORM entity of the service; each module adds its own. */
export const matchingEntities = [CentreRead, OrganisationRead, VolunteerRead, VacancyRead, Match, MediationCase, Placement, HoursEntry];
