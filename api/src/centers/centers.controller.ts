import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../access/access-policy.js';
import { CentersService, type CenterView } from './centers.service.js';

@ApiTags('centers')
@Controller('centers')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  @SignedIn()
  list(): Promise<CenterView[]> {
    return this.centers.list();
  }
}
