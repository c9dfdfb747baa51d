import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { queryCertificates } from '../certificate-access.js';
import { CERTIFICATE_SELECT, type CertificateView } from '../certificate.view.js';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('v1/certificates')
export class ListCertificatesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A volunteer's own certificates; for staff, their centre's (issued by it or to its people). */
  @Get()
  @Roles('volunteer', ...STAFF)
  @Header('Cache-Control', 'no-store')
  listCertificates(@CurrentPrincipal() principal: Principal): Promise<CertificateView[]> {
    return queryCertificates(
      this.dataSource,
      principal,
      `${CERTIFICATE_SELECT} WHERE ($1::text IS NULL OR c.volunteer_id = $1) ORDER BY c.id DESC LIMIT 500`,
      [],
    );
  }
}
