import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ConflictProblem, CurrentPrincipal, NotFoundProblem, Roles, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { queryCertificates } from '../certificate-access.js';
import { certificatePdf } from '../certificate-pdf.js';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('v1/certificates')
export class DownloadCertificateHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get(':id/pdf')
  @Roles('volunteer', ...STAFF)
  @ApiProduces('application/pdf')
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'no-store')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const [row] = await queryCertificates<{
      status: string;
      kind: 'course' | 'mas-placement';
      title: string;
      issued_on: string;
      verification_code: string;
      holder_name: string | null;
      centre_name: string;
    }>(
      this.dataSource,
      principal,
      `SELECT c.status, c.kind, c.title, to_char(c.issued_on, 'YYYY-MM-DD') AS issued_on, c.verification_code,
              n.first_name || ' ' || n.last_name AS holder_name, ce.name AS centre_name
         FROM certificate c
         JOIN centre ce ON ce.id = c.centre_id
         LEFT JOIN volunteer_name n ON n.volunteer_id = c.volunteer_id
        WHERE c.id = $1 AND ($2::text IS NULL OR c.volunteer_id = $2)`,
      [id],
    );
    if (!row) throw new NotFoundProblem('Certificate', id);
    if (row.status !== 'valid') throw new ConflictProblem('This certificate was withdrawn', 'certificate-withdrawn');
    const pdf = certificatePdf({
      holderName: row.holder_name ?? '(naam onbekend)',
      title: row.title,
      kind: row.kind,
      issuedOn: row.issued_on,
      centreName: row.centre_name,
      verificationCode: row.verification_code,
      verificationUrl: `/v1/certificate-verifications/${row.verification_code}`,
    });
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="certificaat-${id}.pdf"` });
  }
}
