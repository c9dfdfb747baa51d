import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { SERVICE_KIT_OPTIONS, type ResolvedServiceKitOptions } from '../service-kit.options.js';

@Controller('metrics')
export class MetricsHttpController {
  constructor(@Inject(SERVICE_KIT_OPTIONS) private readonly options: ResolvedServiceKitOptions) {}

  @Get()
  async metrics(@Res({ passthrough: true }) response: ServerResponse): Promise<string> {
    response.setHeader('Content-Type', this.options.registry.contentType);
    return this.options.registry.metrics();
  }
}
