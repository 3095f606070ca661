import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access-policy.js';
import { CentersService, type CenterView } from './centers.service.js';

@ApiTags('centers')
@Controller('centers')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  // Public: center names are not secret, and the invitation page shows them before sign-in.
  @Public()
  list(): Promise<CenterView[]> {
    return this.centers.list();
  }
}
