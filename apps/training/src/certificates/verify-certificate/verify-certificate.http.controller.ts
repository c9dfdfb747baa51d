import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundProblem, Public, PublicRateLimited, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { normaliseVerificationCode } from '../verification-code.js';

export interface CertificateVerification {
  status: 'valid' | 'withdrawn';
  /** Null when the certificate was withdrawn (its holder erased) or the name is not known. */
  holderName: string | null;
  title: string;
  issuedOn: string;
}

@ApiTags('certificates')
@Controller('v1/certificate-verifications')
@Public()
export class VerifyCertificateHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Anyone holding a code (an employer, a school) checks a certificate: name, course or placement
   * and date, nothing else. A code that was never issued, or was altered, is a 404. Certificates
   * are verifiable consortium-wide (whoever checks does not know the centre), so this one lookup by
   * its unique code runs in the explicit consortium scope.
   */
  @Get(':code')
  @PublicRateLimited()
  @Header('Cache-Control', 'no-store')
  async verify(@Param('code') raw: string): Promise<CertificateVerification> {
    const code = normaliseVerificationCode(raw);
    if (!code) throw new NotFoundProblem('Certificate with code', raw.slice(0, 40));
    const [row] = await runInTenant(this.dataSource, { consortium: true }, (manager) =>
      manager.query(
        `SELECT c.status, c.title, to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn",
                CASE WHEN c.status = 'valid' THEN n.first_name || ' ' || n.last_name END AS "holderName"
           FROM certificate c LEFT JOIN volunteer_name n ON n.volunteer_id = c.volunteer_id
          WHERE c.verification_code = $1`,
        [code],
      ),
    );
    if (!row) throw new NotFoundProblem('Certificate with code', code);
    return { status: row.status, holderName: row.holderName ?? null, title: row.title, issuedOn: row.issuedOn };
  }
}
