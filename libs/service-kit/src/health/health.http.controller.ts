import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { Public } from '../auth/auth.decorators.js';
import { runReadinessChecks, type ReadinessReport } from './readiness-check.js';
import { SERVICE_KIT_OPTIONS, type ResolvedServiceKitOptions } from '../service-kit.options.js';

// Probes and Prometheus scrapes carry no token: keep these paths off the ingress instead.
// Left out of the OpenAPI document, which is for the service's clients.
@Public()
@ApiExcludeController()
@Controller('health')
export class HealthHttpController {
  constructor(@Inject(SERVICE_KIT_OPTIONS) private readonly options: ResolvedServiceKitOptions) {}

  /** Only says the process answers: restarting a pod does not fix a database outage. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: ServerResponse): Promise<ReadinessReport> {
    const report = await runReadinessChecks(this.options.readinessChecks, this.options.readinessTimeoutMs);
    if (report.status !== 'ok') response.statusCode = 503;
    return report;
  }
}
