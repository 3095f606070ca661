import { Injectable } from '@nestjs/common';
import type { ExportProducer } from './export-producer.js';

/**
 * The export kinds the API offers. Feature modules import ExportsModule and call
 * `register(producer)` in their `onModuleInit`; the job runner and GET /api/exports/kinds read it.
 */
@Injectable()
export class ExportProducerRegistry {
  private readonly producers = new Map<string, ExportProducer>();

  register(producer: ExportProducer): void {
    if (this.producers.has(producer.kind)) throw new Error(`Export producer '${producer.kind}' registered twice`);
    this.producers.set(producer.kind, producer);
  }

  get(kind: string): ExportProducer | undefined {
    return this.producers.get(kind);
  }

  kinds(): ExportProducer[] {
    return [...this.producers.values()];
  }
}
