import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vc/service-kit';
import type { Centre } from '../centre.entity.js';
import { CreateCentreHandler } from './create-centre.handler.js';
import { CreateCentreRequest } from './create-centre.request.dto.js';

@ApiTags('centres')
@ApiBearerAuth()
@Controller('v1/centres')
export class CreateCentreHttpController {
  constructor(private readonly handler: CreateCentreHandler) {}

  @Post()
  @HttpCode(201)
  @Roles('consortium-admin')
  createCentre(@Body() request: CreateCentreRequest): Promise<Centre> {
    return this.handler.createCentre(request);
  }
}
