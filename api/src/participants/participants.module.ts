import { Module } from '@nestjs/common';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';
import { ResearchDataErasure } from './research-data-erasure.js';

@Module({
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ResearchDataErasure],
  exports: [ParticipantsService, ResearchDataErasure],
})
export class ParticipantsModule {}
