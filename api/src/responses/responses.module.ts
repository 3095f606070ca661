import { Module, type OnModuleInit } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ResearchDataErasure } from '../participants/research-data-erasure.js';
import { PublishedDefinitions } from './published-definitions.js';
import { ResponsesController } from './responses.controller.js';
import { ResponsesService } from './responses.service.js';

@Module({ imports: [ParticipantsModule], controllers: [ResponsesController], providers: [ResponsesService, PublishedDefinitions], exports: [ResponsesService] })
export class ResponsesModule implements OnModuleInit {
  constructor(
    private readonly erasure: ResearchDataErasure,
    private readonly responses: ResponsesService,
  ) {}

  /** Withdrawal with erasure removes the participant's survey responses too. */
  onModuleInit(): void {
    this.erasure.register({ kind: 'survey_responses', erase: (manager, participantId) => this.responses.eraseOf(manager, participantId) });
  }
}
