import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CentersService, type CenterView } from './centers.service.js';

@ApiTags('centers')
@Controller('centers')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  list(): Promise<CenterView[]> {
    return this.centers.list();
  }
}
