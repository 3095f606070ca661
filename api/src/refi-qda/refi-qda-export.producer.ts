import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportContext, ExportProducer } from '../exports/export-producer.js';
import { exportQdpxParamsSchema } from './refi-qda.schemas.js';
import { writeQdpx } from './write-qdpx.js';

/** The REFI-QDA project export as a background export job (see ExportProducerRegistry). */
@Injectable()
export class RefiQdaExportProducer implements ExportProducer {
  readonly kind = 'refi-qda';
  readonly contentType = 'application/zip';
  readonly paramsSchema = exportQdpxParamsSchema;

  constructor(private readonly dataSource: DataSource) {}

  fileName(context: ExportContext): string {
    const scope = context.actor.center ? `-${context.actor.center.toLowerCase()}` : '';
    return `polyphony-refi-qda${scope}-${new Date().toISOString().slice(0, 10)}.qdpx`;
  }

  produce(context: ExportContext, output: Writable): Promise<void> {
    return writeQdpx(this.dataSource, { actor: context.actor, language: context.language }, output, (done, total) => context.progress(done, total));
  }
}
