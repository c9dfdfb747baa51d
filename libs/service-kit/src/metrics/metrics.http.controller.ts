import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { Public } from '../auth/auth.decorators.js';
import { SERVICE_KIT_OPTIONS, type ResolvedServiceKitOptions } from '../service-kit.options.js';

// Probes and Prometheus scrapes carry no token: keep these paths off the ingress instead.
// Left out of the OpenAPI document, which is for the service's clients.
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsHttpController {
  constructor(@Inject(SERVICE_KIT_OPTIONS) private readonly options: ResolvedServiceKitOptions) {}

  @Get()
  async metrics(@Res({ passthrough: true }) response: ServerResponse): Promise<string> {
    response.setHeader('Content-Type', this.options.registry.contentType);
    return this.options.registry.metrics();
  }
}
