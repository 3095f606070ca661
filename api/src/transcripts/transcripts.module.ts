import { Module, type OnModuleInit } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ResearchDataErasure } from '../participants/research-data-erasure.js';
import { Transcript } from './transcript.entity.js';
import { TranscriptsController } from './transcripts.controller.js';
import { TranscriptsService } from './transcripts.service.js';

@Module({ imports: [ParticipantsModule], controllers: [TranscriptsController], providers: [TranscriptsService], exports: [TranscriptsService] })
export class TranscriptsModule implements OnModuleInit {
  constructor(private readonly erasure: ResearchDataErasure) {}

  /** Withdrawal with erasure removes the participant's transcripts (segments and codings cascade). */
  onModuleInit(): void {
    this.erasure.register({
      kind: 'transcripts',
      erase: async (manager, participantId) => (await manager.delete(Transcript, { participantId })).affected ?? 0,
    });
  }
}
