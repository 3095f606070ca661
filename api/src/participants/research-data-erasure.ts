import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Erases one kind of research data (responses, transcripts, codings, …) of one participant. */
export interface ResearchDataEraser {
  kind: string;
  erase(manager: EntityManager, participantId: string): Promise<number>;
}

/**
 * Features that store research data about a participant register an eraser here (in their
 * module's onModuleInit), so withdrawal with erasure reaches every kind of data, present and future.
 */
@Injectable()
export class ResearchDataErasure {
  private readonly erasers: ResearchDataEraser[] = [];

  register(eraser: ResearchDataEraser): void {
    this.erasers.push(eraser);
  }

  /** Runs inside the withdrawal transaction: all erased, or nothing. Returns counts per kind. */
  async eraseAll(manager: EntityManager, participantId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const eraser of this.erasers) counts[eraser.kind] = await eraser.erase(manager, participantId);
    return counts;
  }
}
