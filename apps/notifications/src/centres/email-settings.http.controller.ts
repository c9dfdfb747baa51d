import { Body, Controller, Get, Header, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, type Principal, returnedRows, Roles, runInTenant } from '@vc/service-kit';
import { IsEmail, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { DataSource } from 'typeorm';
import { centreOf } from '../tenancy/tenant-scope.js';

export class EmailSettingsRequest {
  /** Display name of the sender, e.g. "Vrijwilligerscentrale Utrecht". */
  @IsString()
  @MaxLength(100)
  @Matches(/^[^"<>\r\n\\]+$/, { message: '$property must be plain text without quotes, angle brackets or line breaks' })
  fromName!: string;

  @IsString()
  @MaxLength(254)
  @IsEmail()
  fromAddress!: string;

  /** Where replies go; null: to the sender. */
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  replyTo!: string | null;
}

export interface EmailSettingsView {
  from: string | null;
  replyTo: string | null;
}

/** A centre's own sender and reply-to for the email the platform sends its people. */
@ApiTags('email settings')
@ApiBearerAuth()
@Controller('v1/email-settings')
export class EmailSettingsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('centre-admin')
  @Header('Cache-Control', 'no-store')
  async get(@CurrentPrincipal() principal: Principal): Promise<EmailSettingsView> {
    const centreId = centreOf(principal);
    const [row] = (await this.dataSource.query(`SELECT email_from AS "from", reply_to AS "replyTo" FROM centre WHERE id = $1`, [centreId])) as EmailSettingsView[];
    if (!row) throw new NotFoundProblem('Centre', centreId);
    return row;
  }

  @Put()
  @Roles('centre-admin')
  async put(@Body() request: EmailSettingsRequest, @CurrentPrincipal() principal: Principal): Promise<EmailSettingsView> {
    const centreId = centreOf(principal);
    // `centre` is reference data without row-level security; the id comes from the caller's token only.
    const [row] = returnedRows<EmailSettingsView>(
      await runInTenant(this.dataSource, { centreId }, (manager) =>
        manager.query(`UPDATE centre SET email_from = $2, reply_to = $3 WHERE id = $1 RETURNING email_from AS "from", reply_to AS "replyTo"`, [
          centreId,
          `"${request.fromName}" <${request.fromAddress}>`,
          request.replyTo,
        ]),
      ),
    );
    if (!row) throw new NotFoundProblem('Centre', centreId);
    return row;
  }
}
