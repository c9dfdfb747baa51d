import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { has } from '../shared/roles.js';
import { centreOf } from '../tenancy/tenant-scope.js';

export interface CourseRecommendation {
  courseId: string;
  title: string;
  /** The skills the course teaches that the vacancies ask for and the volunteer lacks. */
  skills: string[];
  /** The vacancies behind it: proposed to the volunteer, or (without proposals) open in the centre. */
  vacancyIds: string[];
  basis: 'suggested-vacancies' | 'open-vacancies';
  /** Next scheduled session with places or a waiting list, Europe/Amsterdam; null when none is planned. */
  nextSessionStartsAt: string | null;
}

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class RecommendCoursesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Courses teaching skills the volunteer's suggested vacancies (matching's proposals) ask for and
   * the volunteer does not have yet. Without any proposal, the open vacancies of the volunteer's
   * centre stand in for them. Courses of the centre and those open to the consortium; best first.
   */
  @Get(':volunteerId/course-recommendations')
  @Roles('volunteer', 'consultant', 'centre-admin')
  @Header('Cache-Control', 'no-store')
  async recommend(@Param('volunteerId') volunteerId: string, @CurrentPrincipal() principal: Principal): Promise<CourseRecommendation[]> {
    if (has(principal, 'volunteer') && principal.volunteerId !== volunteerId && !has(principal, 'consultant') && !has(principal, 'centre-admin')) {
      throw new NotFoundProblem('Volunteer', volunteerId);
    }
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, async (manager) => {
      const [suggested] = await manager.query(`SELECT count(*)::int AS n FROM suggested_vacancy WHERE volunteer_id = $1`, [volunteerId]);
      const basis = suggested.n > 0 ? 'suggested-vacancies' : 'open-vacancies';
      const vacancies =
        basis === 'suggested-vacancies'
          ? `SELECT v.vacancy_id, v.skills FROM suggested_vacancy s JOIN vacancy_skills v ON v.vacancy_id = s.vacancy_id
              WHERE s.volunteer_id = $1 AND v.open AND v.centre_id = $2`
          : `SELECT v.vacancy_id, v.skills FROM vacancy_skills v WHERE v.open AND v.centre_id = $2`;
      return manager.query(
        `WITH own AS (SELECT coalesce((SELECT skills FROM volunteer_skills WHERE volunteer_id = $1), '{}') AS skills),
              wanted AS (
                SELECT skill, array_agg(DISTINCT vacancies.vacancy_id ORDER BY vacancies.vacancy_id) AS vacancy_ids
                  FROM (${vacancies}) vacancies, unnest(vacancies.skills) AS skill, own
                 WHERE NOT skill = ANY (own.skills)
                 GROUP BY skill
              )
         SELECT c.id AS "courseId", c.title,
                array_agg(DISTINCT wanted.skill ORDER BY wanted.skill) AS skills,
                (SELECT array_agg(DISTINCT id ORDER BY id) FROM wanted w2, unnest(w2.vacancy_ids) AS id WHERE w2.skill = ANY (c.skills)) AS "vacancyIds",
                $3::text AS basis,
                (SELECT to_char(min(s.starts_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') FROM session s
                  WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.enrolment_deadline > now()) AS "nextSessionStartsAt"
           FROM course c JOIN wanted ON wanted.skill = ANY (c.skills)
          GROUP BY c.id, c.title
          ORDER BY count(*) DESC, c.title, c.id
          LIMIT 20`,
        [volunteerId, centreOf(principal), basis],
      );
    });
  }
}
