import { Module, type OnModuleInit } from '@nestjs/common';
import { ExportProducerRegistry } from '../exports/export-producer-registry.js';
import { ExportsModule } from '../exports/exports.module.js';
import { RefiQdaExportProducer } from './refi-qda-export.producer.js';
import { RefiQdaImportService } from './refi-qda-import.service.js';
import { RefiQdaController } from './refi-qda.controller.js';

/** REFI-QDA projects (.qdpx): export as a background export kind, import from other QDA tools. */
@Module({ imports: [ExportsModule], controllers: [RefiQdaController], providers: [RefiQdaImportService, RefiQdaExportProducer] })
export class RefiQdaModule implements OnModuleInit {
  constructor(
    private readonly registry: ExportProducerRegistry,
    private readonly producer: RefiQdaExportProducer,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.producer);
  }
}
